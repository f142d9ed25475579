import { expect, test, type Locator } from '@playwright/test';
import { api, chooseOption, login, OWNER } from './helpers';

const CUSTOMER = '上海浦东星辰文化传媒有限公司';
const PROJECT = '品牌升级与官网建设';

/** `YYYY-MM-DD`, n days from today as the workspace counts it (its time zone), which is what the server uses. */
function dayIn(timeZone: string, n: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Types a date into an antd date picker as a person can, and confirms it with Enter. */
async function typeDate(input: Locator, date: string) {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect(input).toHaveValue(date);
}

test('desktop: a project with three milestones and a 30/40/30 payment plan, M1 done, the down payment received', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await login(page, OWNER.login, OWNER.password);
  const workspace = await (await page.request.get('/api/v1/workspace')).json();
  if (workspace.settings.deals.paymentTermDays !== 0)
    await api(page, 'PATCH', '/workspace', {
      version: workspace.version,
      settings: { deals: { ...workspace.settings.deals, paymentTermDays: 0 } },
    });
  await api(page, 'POST', '/customers', { kind: 'company', name: CUSTOMER, sourceChannel: '朋友推荐' });
  const day = (n: number) => dayIn(workspace.timeZone, n);

  // 新建项目: the project, three milestones and three installments typed in one form.
  // The header's button; an empty workspace also offers one under its empty board.
  await page.goto('/projects');
  await page.getByRole('button', { name: '新建项目' }).first().click();
  const form = page.getByRole('dialog');
  const customer = form.getByLabel('客户', { exact: true });
  await customer.fill('星辰');
  await chooseOption(page, customer, CUSTOMER);
  await form.getByLabel('项目名称').fill(PROJECT);
  await form.getByLabel('合同金额（元）').fill('200000');
  const milestones = [
    ['需求调研与品牌诊断', day(14), '诊断报告'],
    ['视觉设计与官网开发', day(40), '设计稿、官网'],
    ['上线与验收', day(70), '验收报告'],
  ] as const;
  for (const [n, [content, date, deliverables]] of milestones.entries()) {
    await form.getByRole('button', { name: '添加里程碑' }).click();
    await form.getByLabel(`M${n + 1} 内容`).fill(content);
    await typeDate(form.getByLabel(`M${n + 1} 计划完成日期`), date);
    await form.getByLabel(`M${n + 1} 交付物`).fill(deliverables);
  }
  const installments = [
    ['首付款', '60000', null],
    ['进度款', '80000', 'M1 完成后'],
    ['尾款', '60000', 'M3 完成后'],
  ] as const;
  for (const [n, [name, amount, milestone]] of installments.entries()) {
    const row = `第 ${n + 1} 期`;
    await form.getByRole('button', { name: '添加一期' }).click();
    await form.getByLabel(`${row} 期次`).fill(name);
    await form.getByLabel(`${row} 应收金额（元）`).fill(amount);
    if (milestone) await chooseOption(page, form.getByLabel(`${row} 到期`), milestone);
    else await typeDate(form.getByLabel(`${row} 应付日期`), day(0));
  }
  await expect(form.getByText('合计 20 万元，与合同金额一致')).toBeVisible();
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: PROJECT })).toBeVisible();
  await expect(page.getByText('里程碑 0/3')).toBeVisible();

  // M1 is done today: the 进度款 bound to it falls due.
  const m1 = page.locator('[data-milestone="M1"]');
  await m1.getByRole('button', { name: /完\s*成/ }).click();
  const done = page.getByRole('dialog');
  await expect(done).toContainText('完成 M1');
  await done.getByRole('button', { name: /完\s*成/ }).click();
  await expect(page.getByText('M1 已完成')).toBeVisible();
  await expect(page.getByText('里程碑 1/3')).toBeVisible();
  const progress = page.getByRole('row', { name: /进度款/ });
  await expect(progress).toContainText(day(0));
  await expect(progress).toContainText('M1 完成时');

  // The down payment comes in: the amount still due is offered, a note added.
  await page.getByRole('button', { name: '收款 · 首付款' }).click();
  const pay = page.getByRole('dialog');
  await expect(pay.getByLabel('收款金额（元）')).toHaveValue('60000.00');
  await pay.getByLabel('备注').fill('对公转账');
  await pay.getByRole('button', { name: '确认收款' }).click();
  await expect(page.getByText('已登记收款')).toBeVisible();
  await expect(page.getByRole('row', { name: /首付款/ }).first()).toContainText('已收');
  await expect(page.getByText('对公转账')).toBeVisible();
  await expect(page.getByText('已收 30%')).toBeVisible();

  // 应收款: the 进度款 is what to collect now; the 首付款 is no longer owed.
  await page.getByRole('button', { name: '返回交付与收款' }).click();
  await expect(page.locator('.keyi-project-card', { hasText: PROJECT })).toContainText('里程碑 1/3');
  await expect(page.locator('.keyi-project-card', { hasText: PROJECT })).toContainText(
    '已收 6 万元 / 20 万元',
  );
  await page.getByText('应收款', { exact: true }).click();
  const week = page.locator('section[aria-label="本周到期"]');
  await expect(week.getByRole('row', { name: new RegExp(PROJECT) })).toContainText('进度款');
  await expect(week.getByRole('row', { name: new RegExp(PROJECT) })).toContainText('8 万元');
  await expect(page.getByRole('row', { name: new RegExp(`${PROJECT}.*首付款`) })).toHaveCount(0);
  await page.getByText('按客户', { exact: true }).click();
  await expect(page.getByRole('row', { name: new RegExp(CUSTOMER) })).toContainText('14 万元');
});
