import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { api, login, OWNER } from './helpers';

test('desktop: a person asks for a copy of their data, then for its erasure', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, OWNER.login, OWNER.password);
  const customer = await api(page, 'POST', '/customers', {
    name: '常州青禾文化传播有限公司',
    contacts: [{ name: '林小雨', mobile: '13912345670', email: 'linxiaoyu@qinghe.cn' }],
  });
  await page.goto(`/customers/${customer.id}`);

  await page.getByRole('button', { name: '个人信息 林小雨' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByText('导出个人信息').click(),
  ]);
  const copy = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(copy.person).toMatchObject({ name: '林小雨', mobile: '13912345670', email: 'linxiaoyu@qinghe.cn' });

  await page.getByRole('button', { name: '个人信息 林小雨' }).click();
  await page.getByText('删除个人信息').click();
  await expect(page.getByText('应本人要求删除（《个人信息保护法》）')).toBeVisible();
  await page.getByRole('button', { name: '删除个人信息' }).click();
  await expect(page.getByText('已删除个人信息的联系人')).toBeVisible();
  await expect(page.getByText('13912345670')).toBeHidden();
  await expect(page.getByText('应本人要求删除了一位联系人的个人信息')).toBeVisible();
});
