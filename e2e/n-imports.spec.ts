import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import fs from 'node:fs';
import { api, chooseOption, login, OWNER } from './helpers';

// Runs after the other journeys on the same Keyi: the owner 王芳 exists.
test.describe.configure({ mode: 'serial' });

/** A sheet as Excel on a Chinese Windows saves it: GBK, a title line, and one header Keyi does not know (抬头). */
const SHEET = iconv.encode(
  [
    '2026 年展会客户',
    '',
    '序号,抬头,联系人,联系方式,来源渠道,初次接触',
    '1,宁波导入甲贸易有限公司,周一,13700137001,展会,2024年5月1日',
    '2,宁波导入乙贸易有限公司,周二,lilei@daoru.cn,展会,2024/5/2',
    '3,,周三,13700137003,展会,5月3日',
  ].join('\r\n'),
  'gbk',
);

test('desktop: a sheet through the wizard with one column matched by hand, then undone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, OWNER.login, OWNER.password);
  await page.goto('/customers');
  await page.getByRole('link', { name: /导\s*入/ }).click();
  await expect(page).toHaveURL(/\/customers\/import$/);
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: '展会客户.csv', mimeType: 'text/csv', buffer: SHEET });

  // The header row is found below the title; 抬头 is not a header Keyi knows, so the person says what it is.
  await expect(page.locator('.keyi-import-header-row')).toContainText('抬头');
  await chooseOption(page, page.getByLabel('导入为 抬头'), '客户名称');
  await page.getByRole('button', { name: '检查数据' }).click();
  await expect(page.getByText('共 3 行：2 行可以导入，1 行有问题')).toBeVisible();
  await expect(page.getByText('「抬头」：必填，没有内容')).toBeVisible();

  await page.getByRole('button', { name: '导入 2 行' }).click();
  await expect(page.getByText('导入完成')).toBeVisible();
  await expect(page.getByText('新建 2 个客户，补充 0 个，跳过重复 0 行，1 行未导入').first()).toBeVisible();
  const [rejected] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载未导入的行及原因' }).click(),
  ]);
  const rejectedText = fs.readFileSync(await rejected.path(), 'utf8');
  expect(rejectedText).toContain('周三');
  expect(rejectedText).toContain('必填，没有内容');

  await page.getByRole('button', { name: '查看客户列表' }).click();
  await page.getByPlaceholder(/搜索/).first().fill('宁波导入');
  await expect(page.getByText('宁波导入甲贸易有限公司')).toBeVisible();
  await expect(page.getByText('宁波导入乙贸易有限公司')).toBeVisible();

  // Undo from the import history.
  await page.goto('/customers/import');
  await page.getByRole('button', { name: '展会客户.csv' }).first().click();
  await page.getByRole('button', { name: '撤销这次导入' }).click();
  await page.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByText('已撤销这次导入')).toBeVisible();
  await page.goto('/customers?q=宁波导入');
  await expect(page.getByText('宁波导入甲贸易有限公司')).toBeHidden();
});

test('desktop: the customer list exported to Excel and CSV reads back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, OWNER.login, OWNER.password);
  await api(page, 'POST', '/customers', { name: '绍兴导出测试有限公司', contacts: [] });
  await page.goto('/customers');
  // The menu opens on hover; right after a download it may be closing and pass the click on (seen once under
  // load), so each attempt hovers again and waits a little for its download.
  const exportAs = async (label: string) => {
    let file = '';
    await expect(async () => {
      await page.getByRole('button', { name: /导\s*出/ }).hover();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 10_000 }),
        page.getByText(label).click({ timeout: 5000 }),
      ]);
      file = await download.path();
    }).toPass({ timeout: 60_000 });
    return file;
  };
  const csv = fs.readFileSync(await exportAs('导出 CSV'), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.split('\r\n')[0]).toContain('客户编号,客户名称');
  expect(csv).toContain('绍兴导出测试有限公司');

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await exportAs('导出 Excel'));
  const sheet = book.worksheets[0]!;
  expect((sheet.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['客户编号', '客户名称']);
  expect(sheet.rowCount).toBeGreaterThan(1);
});

test('phone: the wizard fits a phone, columns as a list', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, OWNER.login, OWNER.password);
  await page.goto('/customers/import');
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: '手机导入.csv', mimeType: 'text/csv', buffer: SHEET });
  await expect(page.getByLabel('导入为 联系人')).toBeVisible();
  await expect(page.getByRole('button', { name: '检查数据' })).toBeDisabled();
});

test('desktop: deals from a sheet, opened from the deal list, each row checked by the deal rules', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, OWNER.login, OWNER.password);
  await api(page, 'POST', '/customers', { name: '温州商机导入有限公司', contacts: [] });
  await page.goto('/deals');
  await page.getByRole('link', { name: /导\s*入/ }).click();
  await expect(page).toHaveURL(/\/import\/deals$/);
  await expect(page.getByRole('heading', { name: '导入商机' })).toBeVisible();
  const sheet = iconv.encode(
    [
      '客户,商机名称,阶段,预计金额',
      '温州商机导入有限公司,年度品牌服务,方案,"￥86,000"',
      '温州商机导入有限公司,旧年度合同,流失,3万',
      '没有这家客户,打错的一行,线索,1000',
    ].join('\r\n'),
    'gbk',
  );
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: '商机.csv', mimeType: 'text/csv', buffer: sheet });
  await expect(page.getByLabel('导入为 商机名称')).toBeVisible();
  await page.getByRole('button', { name: '检查数据' }).click();
  // The check writes each row through the deal rules and rolls back: a lost deal needs its reason.
  await expect(page.getByText('共 3 行：1 行可以导入，2 行有问题')).toBeVisible();
  await expect(page.getByText('「流失原因」：必填')).toBeVisible();
  await expect(page.getByText('「客户」 没有这家客户：找不到这个客户（或不是你能看到的客户）')).toBeVisible();
  await expect(page.getByText('用表格内容补充已有客户')).toBeHidden();
  await page.getByRole('button', { name: '导入 1 行' }).click();
  await expect(page.getByText('新建 1 个商机，跳过重复 0 行，2 行未导入').first()).toBeVisible();
  await page.getByRole('button', { name: '查看商机' }).click();
  await expect(page).toHaveURL(/\/deals/);
  await expect(page.getByText('年度品牌服务').first()).toBeVisible();
});
