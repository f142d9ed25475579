import { expect, test } from '@playwright/test';
import { chooseOption, login, OWNER } from './helpers';

// Runs after the earlier journeys on the same Keyi (files run alphabetically): the owner 王芳 exists.
test('desktop: the owner renames a source channel and adds a custom field, and the customer form offers both', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, OWNER.login, OWNER.password);

  await page.goto('/settings/dictionaries');
  await page.getByRole('menuitem', { name: '来源渠道' }).click();
  await page.getByRole('button', { name: '编辑 知乎' }).click();
  const entry = page.getByRole('dialog');
  await entry.getByLabel('中文名称').fill('知乎问答');
  await entry.getByRole('button', { name: /保\s*存/ }).click();
  await expect(entry).toBeHidden();
  await expect(page.getByRole('row', { name: /知乎问答\s+Zhihu/ })).toBeVisible();

  await page.goto('/settings/custom-fields');
  await page.getByRole('button', { name: '添加字段' }).click();
  const field = page.getByRole('dialog');
  await field.getByLabel('字段名称').fill('会员等级');
  await field.getByLabel('英文名称').fill('Membership');
  await expect(field.getByLabel('字段标识')).toHaveValue('membership');
  await chooseOption(page, field.getByLabel('类型'), '单选');
  // A choice field needs its choices before it can be saved.
  await field.getByRole('button', { name: /保\s*存/ }).click();
  await expect(field.getByText('请至少添加一个选项')).toBeVisible();
  await field.getByRole('button', { name: '添加选项' }).click();
  await field.getByRole('button', { name: '添加选项' }).click();
  await field.getByLabel('选项名称').nth(0).fill('金卡');
  await field.getByLabel('选项名称').nth(1).fill('银卡');
  await field.getByRole('button', { name: /保\s*存/ }).click();
  await expect(field).toBeHidden();
  await expect(page.getByRole('row', { name: /会员等级.*单选.*金卡.*银卡/ })).toBeVisible();

  await page.goto('/customers/new');
  await page.getByLabel('客户名称').fill('苏州星图设计工作室');
  await page.locator('.keyi-contact-block').nth(0).getByLabel('姓名').fill('陈静');
  await chooseOption(page, page.getByLabel('来源渠道'), '知乎问答');
  await chooseOption(page, page.getByLabel('会员等级'), '金卡');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
  await expect(page.getByText('知乎问答').first()).toBeVisible();
  await expect(page.getByText('金卡').first()).toBeVisible();
});
