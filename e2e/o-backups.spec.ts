import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { api, login, OWNER } from './helpers';

// Runs last on the same Keyi (the restore puts back what the backup held, which is all the journeys before it made).
test.describe.configure({ mode: 'serial' });

test('desktop: back up with a passphrase, download it, and restore it', async ({ page }) => {
  // Two jobs (a backup, a restore) and the reload after it: the waits below allow each its time on a loaded machine,
  // more than the journeys' 90 s together (a CI run beside a database load took 96 s here).
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, OWNER.login, OWNER.password);
  await page.goto('/settings/backups');
  // The daily backup is on from the first start (it may already have run, depending on the hour).
  await expect(page.getByRole('switch')).toBeChecked();

  // Daily backups encrypted from now on; the backup made now uses the same passphrase.
  await page.getByLabel('新的备份密码').fill('每天备份 口令 2026');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('备份设置已保存')).toBeVisible();
  await expect(page.getByText('自动备份已加密')).toBeVisible();

  await page.getByRole('button', { name: '立即备份' }).click();
  // A job with its progress: seconds when idle, longer on a loaded machine.
  await expect(page.getByText(/备份完成：keyi-\d{8}-\d{6}-manual\.tar\.gz\.age/)).toBeVisible({
    timeout: 60_000,
  });
  const row = page.getByRole('row', { name: /手动/ });
  await expect(row.getByText('已加密')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('link', { name: /下\s*载/ }).click(),
  ]);
  expect(
    fs
      .readFileSync(await download.path())
      .subarray(0, 21)
      .toString(),
  ).toBe('age-encryption.org/v1');

  // A customer added after the backup is gone once it is restored.
  await api(page, 'POST', '/customers', { name: '备份之后新建的客户', contacts: [] });
  await row.getByRole('button', { name: /恢\s*复/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('备份密码').fill('这不是备份密码');
  await dialog.getByLabel('请输入“恢复”二字确认').fill('恢复');
  await dialog.getByRole('button', { name: '开始恢复' }).click();
  await expect(dialog.getByText('备份密码不对，数据没有任何改动')).toBeVisible();
  await dialog.getByLabel('备份密码').fill('每天备份 口令 2026');
  // The page reloads itself after a restore: a navigation before that reload was undone by it.
  const reloaded = page.waitForEvent('load', { timeout: 90_000 });
  await dialog.getByRole('button', { name: '开始恢复' }).click();
  await expect(page.getByText('恢复完成，页面即将刷新')).toBeVisible({ timeout: 60_000 });
  await reloaded;
  await expect(page.getByRole('row', { name: /恢复前自动/ })).toBeVisible();
  await page.goto('/customers?q=备份之后');
  await expect(page.getByText('备份之后新建的客户')).toBeHidden();
  await expect(page.getByText('没有符合条件的客户')).toBeVisible();
});

test('phone: the backups as cards', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, OWNER.login, OWNER.password);
  await page.goto('/settings/backups');
  await expect(page.getByRole('button', { name: '立即备份' })).toBeVisible();
  await expect(page.locator('.ant-card').filter({ hasText: '手动' }).first()).toBeVisible();
  await expect(page.locator('.ant-table')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('backups-phone.png'), fullPage: true });
});
