import { expect, test } from '@playwright/test';
import { chooseOption, login, OWNER } from './helpers';

// Runs after g-customers.spec.ts: 杭州云帆科技有限公司 exists. Moves the server's clock, so it puts it back at the end.
test.describe.configure({ mode: 'serial' });
// A long journey (log, move a day, tick off) on machines that are shared and slow at times.
test.setTimeout(180_000);

const COMPANY = '杭州云帆科技有限公司';
const day = (offset: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + offset * 86_400_000),
  );

test.afterAll(async ({ request }) => {
  await request.post('/api/v1/test-clock', { data: { offsetDays: 0 } });
});

test('phone: a promise and a next date logged today are on Today tomorrow, and the promise is ticked off there', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, OWNER.login, OWNER.password);
  await page.goto('/');
  await page.getByRole('button', { name: '记录跟进' }).click();
  const dialog = page.getByRole('dialog', { name: '记录跟进' });
  await chooseOption(page, dialog.getByLabel('客户'), COMPANY);
  await dialog.getByText('电话', { exact: true }).click();
  await dialog.getByLabel('沟通内容').fill('电话确认了报价，客户明天给答复');
  await dialog.getByRole('button', { name: '更多内容' }).click();
  await dialog.getByRole('button', { name: /添加承诺/ }).click();
  await dialog.getByPlaceholder('承诺内容').fill('明天把合同草稿发给客户');
  const tomorrow = day(1);
  const promiseDue = dialog.getByPlaceholder('截止日期').first();
  await promiseDue.fill(tomorrow);
  await promiseDue.press('Enter');
  await dialog.getByLabel('下次跟进日期').fill(tomorrow);
  await dialog.getByLabel('下次跟进日期').press('Enter');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();

  // Tomorrow, by the test clock.
  expect((await page.request.post('/api/v1/test-clock', { data: { offsetDays: 1 } })).status()).toBe(204);
  await page.goto('/');
  const due = page.locator('.keyi-due-item').filter({ hasText: COMPANY });
  await expect(due).toBeVisible();
  const [, month, date] = tomorrow.split('-').map(Number);
  await expect(due).toContainText(`约定 ${month}月${date}日 跟进 · 上次电话 1 天前 · 今天到期`);

  const promise = page.locator('.ant-list-item').filter({ hasText: '明天把合同草稿发给客户' });
  await expect(promise).toContainText('我方承诺');
  await promise.getByRole('checkbox').click();
  await expect(page.getByText('已标记完成')).toBeVisible();
  await expect(page.locator('.ant-list-item').filter({ hasText: '明天把合同草稿发给客户' })).toHaveCount(0);
});

test('phone: subscribe to the private calendar feed and read the agreed follow-up in it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, OWNER.login, OWNER.password);
  await page.goto('/calendar');
  await page.getByRole('button', { name: /订阅/ }).first().click();
  await page.getByRole('button', { name: '生成订阅链接' }).click();
  const url = await page.getByLabel('你的私人订阅链接').inputValue();
  expect(url).toMatch(/\/api\/v1\/calendar\.ics\?token=/);
  // What a phone's calendar app does with the link: fetch it, without the session.
  const feed = await page.request.fetch(url, { headers: { cookie: '' } });
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const ics = await feed.text();
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toContain(`跟进：${COMPANY}`);
});
