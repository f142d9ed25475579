import { expect, test, type Page } from '@playwright/test';
import { addMember, login, OWNER } from './helpers';

// One Keyi for the whole file, fresh at the start: the tests run in order, as one story.
test.describe.configure({ mode: 'serial' });

/** The desktop sidebar entry with exactly this text (menu items' accessible names also carry their icon's name). */
function sideMenuItem(page: Page, text: string) {
  return page.getByRole('menuitem').getByText(text, { exact: true });
}

/**
 * Opens the user menu and picks an entry. The menu slides in; a click during the slide can land on the entry
 * above, so, like a person, look at the result and pick again if it did not happen.
 */
async function pickFromUserMenu(page: Page, entry: string, done: () => Promise<void>) {
  await expect(async () => {
    const item = page.getByRole('menuitem', { name: entry });
    if (!(await item.isVisible())) await page.getByRole('button', { name: '我的账户' }).click();
    await item.click();
    await done();
  }).toPass({ timeout: 15_000 });
}

async function signOutOnDesktop(page: Page) {
  await pickFromUserMenu(page, '退出登录', () =>
    expect(page.getByText('登录客易')).toBeVisible({ timeout: 2000 }),
  );
}

async function switchToEnglishOnDesktop(page: Page) {
  await pickFromUserMenu(page, 'English', () =>
    expect(sideMenuItem(page, 'Home')).toBeVisible({ timeout: 2000 }),
  );
}

test('desktop: set up Keyi, add a sales member, and the member works in Chinese then English', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup/);
  await expect(page.getByText('欢迎使用客易')).toBeVisible();

  // A mistake first: the form says what is wrong, in Chinese, next to the field.
  await page.getByLabel('工作区名称').fill(OWNER.workspace);
  await page.getByLabel('你的姓名').fill(OWNER.name);
  await page.getByLabel('账号').fill(OWNER.login);
  await page.getByLabel('密码', { exact: true }).fill('abcdefgh');
  await page.getByRole('button', { name: '创建工作区并进入' }).click();
  await expect(page.getByText('密码需同时包含字母和数字')).toBeVisible();

  await page.getByLabel('密码', { exact: true }).fill(OWNER.password);
  await page.getByLabel('确认密码').fill(OWNER.password);
  await page.getByRole('button', { name: '创建工作区并进入' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText(new RegExp(`${OWNER.name}`)).first()).toBeVisible();
  await expect(sideMenuItem(page, '首页')).toBeVisible();

  await addMember(page, { name: '李娜', login: 'lina', password: 'Sales2026go', role: '销售' });
  await signOutOnDesktop(page);

  await login(page, 'lina', 'Sales2026go');
  await expect(page.getByText('李娜').first()).toBeVisible();
  await expect(page.getByText('销售').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await switchToEnglishOnDesktop(page);
  await expect(sideMenuItem(page, 'Home')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  // The choice belongs to the member: it survives a reload.
  await page.reload();
  await expect(sideMenuItem(page, 'Home')).toBeVisible();
});

test('desktop: a wrong password is refused in plain words, and a stranger is sent to sign in', async ({
  page,
}) => {
  await page.goto('/settings/members');
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByLabel('账号').fill(OWNER.login);
  await page.getByLabel('密码').fill('wrong-password-1');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByText('账号或密码不正确')).toBeVisible();
  await page.getByLabel('密码').fill(OWNER.password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/\/settings\/members/);
});

test.describe('phone 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the owner adds a member on a phone, and the member signs in and switches to English', async ({
    page,
  }) => {
    await login(page, OWNER.login, OWNER.password);
    await expect(page.getByRole('navigation', { name: '主菜单' })).toBeVisible();
    await addMember(page, { name: '赵敏', login: 'zhaomin', password: 'Service2026ok', role: '客服' });

    await page.goto('/settings');
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page.getByText('登录客易')).toBeVisible();

    await login(page, 'zhaomin', 'Service2026ok');
    await expect(page.getByText('赵敏').first()).toBeVisible();
    const nav = page.getByRole('navigation', { name: '主菜单' });
    await expect(nav.getByText('首页')).toBeVisible();

    await page.goto('/settings/account');
    await page.getByText('English', { exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Main menu' }).getByText('Home')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
