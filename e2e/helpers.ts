import { expect, type Locator, type Page } from '@playwright/test';

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
  await chooseOption(page, dialog.getByLabel('角色'), member.role);
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(member.login).first()).toBeVisible();
}

/**
 * Picks an entry of an antd Select as a person does: open it, tap the entry, and look that it took (the list
 * animates in, and a tap during the animation can miss). antd also renders a hidden accessible copy of the list,
 * so the visible entry is found by its title.
 */
export async function chooseOption(page: Page, select: Locator, title: string): Promise<void> {
  const option = page.locator(
    `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${title}"]`,
  );
  await expect(async () => {
    if (!(await option.isVisible())) await select.click();
    await option.click({ timeout: 2000 });
    await expect(select.locator('xpath=ancestor::div[contains(@class,"ant-select")][1]')).toContainText(
      title,
      { timeout: 1000 },
    );
  }).toPass({ timeout: 15_000 });
  // A retry may have opened the list again over a value that was already right: close it, it covers the buttons.
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  if (await open.isVisible()) await page.keyboard.press('Tab');
  await expect(open).toBeHidden();
}

/** Sets up through the API, as the signed-in person, what a journey does not test. */
export async function api(page: Page, method: 'POST' | 'PATCH', url: string, data: unknown) {
  const me = await (await page.request.get('/api/v1/me')).json();
  const response = await page.request.fetch(`/api/v1${url}`, {
    method,
    data,
    headers: { 'x-keyi-csrf': me.csrfToken },
  });
  expect(response.ok(), await response.text()).toBeTruthy();
  return response.json();
}
