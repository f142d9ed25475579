import { expect, test } from '@playwright/test';
import { chooseOption, login, OWNER } from './helpers';

// Runs after g-customers.spec.ts (files run alphabetically): 杭州云帆科技有限公司 exists.
test.describe.configure({ mode: 'serial' });

const COMPANY = '杭州云帆科技有限公司';

test('phone: log a follow-up from the floating button with a commitment and a next date; a draft survives a reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, OWNER.login, OWNER.password);
  await page.goto('/customers');
  await page.getByRole('button', { name: '记录跟进' }).click();
  const dialog = page.getByRole('dialog', { name: '记录跟进' });
  await chooseOption(page, dialog.getByLabel('客户'), COMPANY);
  await dialog.getByText('微信', { exact: true }).click();
  await dialog.getByLabel('沟通内容').fill('客户看了方案，下周三前要报价');

  // A reload keeps what was typed.
  await page.reload();
  await page.getByRole('button', { name: '记录跟进' }).click();
  await expect(page.getByRole('dialog', { name: '记录跟进' }).getByLabel('沟通内容')).toHaveValue(
    '客户看了方案，下周三前要报价',
  );

  await dialog.getByRole('button', { name: '更多内容' }).click();
  await dialog.getByRole('button', { name: /添加承诺/ }).click();
  await dialog.getByPlaceholder('承诺内容').fill('周三前发报价单');
  const nextDate = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await dialog.getByLabel('下次跟进日期').fill(nextDate);
  await dialog.getByLabel('下次跟进日期').press('Enter');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByRole('dialog', { name: '记录跟进' })).toBeHidden();

  // On the customer's card: the follow-up, its promise and the next date.
  await page.getByRole('button', { name: /搜索/ }).first().click();
  await page.keyboard.type('云帆');
  await page
    .getByRole('option', { name: new RegExp(COMPANY) })
    .first()
    .click();
  const followUps = page.locator('#follow-ups');
  await expect(followUps.getByText('客户看了方案，下周三前要报价')).toBeVisible();
  await expect(followUps.getByText(/我方承诺：周三前发报价单/)).toBeVisible();
  await expect(followUps.getByText(`下次跟进：${nextDate}`)).toBeVisible();
});
