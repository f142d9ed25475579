import { expect, type Page } from '@playwright/test';

export const OWNER = {
  workspace: '星河咨询工作室',
  name: '王芳',
  login: 'wangfang',
  password: 'Keyi2026pass',
};

export async function login(page: Page, login: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('账号').fill(login);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Adds a member from Settings → 成员与角色, as an owner does, on either screen size. */
export async function addMember(
  page: Page,
  member: { name: string; login: string; password: string; role: string },
) {
  await page.goto('/settings/members');
  await page.getByRole('button', { name: '添加成员' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('姓名').fill(member.name);
  await dialog.getByLabel('登录账号').fill(member.login);
  await dialog.getByLabel('初始密码').fill(member.password);
  await dialog.getByLabel('角色').click();
  // antd lists options twice (an accessible shadow list and the visible one); click the one a person sees.
  await page.locator(`.ant-select-item-option[title="${member.role}"]`).click();
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(member.login).first()).toBeVisible();
}
