import { expect, test } from '@playwright/test';
import { login, OWNER } from './helpers';

// Runs after the earlier journeys on the same Keyi (files run alphabetically): the owner 王芳 exists. It leaves
// 谈判 renamed and approval on; the deals journey after it uses other stages and turns approval on itself.
test('desktop: the owner renames a sales stage and turns on deal approval, and the board shows the new name', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, OWNER.login, OWNER.password);

  await page.goto('/settings/pipeline');
  const name = page.getByLabel('第 4 个阶段 中文名称');
  await expect(name).toHaveValue('谈判');
  await name.fill('商务谈判');
  const saves = page.getByRole('button', { name: /保\s*存/ });
  await saves.first().click();
  await expect(page.getByText('销售流程已保存')).toBeVisible();

  const approval = page.getByRole('switch', { name: '成交需要审批' });
  await approval.click();
  await saves.last().click();
  await expect(page.getByText('成交与收款规则已保存')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('第 4 个阶段 中文名称')).toHaveValue('商务谈判');
  await expect(approval).toBeChecked();

  await page.goto('/deals');
  await expect(page.locator('section[aria-label="商务谈判"]')).toContainText('商务谈判');
  await expect(page.locator('section[aria-label="谈判"]')).toHaveCount(0);
});
