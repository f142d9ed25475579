import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { api, chooseOption, login, OWNER } from './helpers';

const CUSTOMER = '杭州西湖明远管理咨询有限公司';
const DEAL = '年度经营诊断服务';

/** Today as the workspace counts it (Asia/Shanghai, the default). */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

test('desktop: the dashboard switches period by keyboard and opens the deals behind a figure', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await login(page, OWNER.login, OWNER.password);
  // The deal is won directly: the deals journey turned approval on, which is not what this one tests.
  const workspace = await (await page.request.get('/api/v1/workspace')).json();
  await api(page, 'PATCH', '/workspace', {
    version: workspace.version,
    settings: { deals: { ...workspace.settings.deals, approval: false } },
  });
  const customer = await api(page, 'POST', '/customers', {
    kind: 'company',
    name: CUSTOMER,
    sourceChannel: '展会',
  });
  await api(page, 'POST', '/deals', {
    customerId: customer.id,
    title: DEAL,
    stage: 'won',
    expectedAmount: 8_800_000,
    actualAmount: 8_800_000,
    closedDate: today(),
  });

  await page.goto('/');
  await page.getByRole('menuitem', { name: /数据分析/ }).click();
  await expect(page.getByRole('heading', { name: '数据看板' })).toBeVisible();
  const won = page.getByRole('link', { name: '成交金额' });
  await expect(won).toContainText('元');
  await expect(page.getByRole('link', { name: '新增客户' })).not.toContainText(/^新增客户\s*0/);

  // Y: this year, in the address so that a link or a reload shows the same.
  await page.keyboard.press('y');
  await expect(page).toHaveURL(/period=year/);
  await expect(page.getByText(`${today().slice(0, 4)}-01-01 至 ${today()}`)).toBeVisible();

  // The figure opens the won deals of the period in the deal list.
  await won.click();
  await expect(page).toHaveURL(/\/deals\?view=list&stageKind=won&closedFrom=\d{4}-01-01/);
  await expect(page.getByText(DEAL)).toBeVisible();

  // Health: the at-risk customers (never followed up) in the customer list.
  await page.goBack();
  await page.getByRole('link', { name: /^风险 \d+/ }).click();
  await expect(page).toHaveURL(/\/customers\?health=atRisk/);
  await expect(page.getByText(CUSTOMER).first()).toBeVisible();
});

test('desktop: a report exported to Excel and CSV holds the table on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await login(page, OWNER.login, OWNER.password);
  await page.goto('/analytics?period=year');
  await page.getByRole('link', { name: '月度跟进统计' }).click();
  await expect(page).toHaveURL(/\/analytics\/monthly\?period=year/);
  await expect(page.getByText('口径说明')).toBeVisible();
  const totals = page.getByRole('row', { name: /合计/ });
  await expect(totals).toBeVisible();

  const [excel] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 Excel' }).click(),
  ]);
  expect(excel.suggestedFilename()).toMatch(/^月度跟进统计_\d{4}-01-01_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await excel.path());
  const sheet = book.worksheets[0]!;
  const cells = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  expect(cells(2)).toEqual(['月份', '新增客户', '成交客户', '跟进次数', '成交金额（元）', '回款金额（元）']);
  // The last row is the 合计 on screen: the won amount there equals the table's.
  const onScreen = (await totals.getByRole('cell').nth(4).textContent())?.replaceAll(',', '');
  expect(cells(sheet.rowCount)[0]).toBe('合计');
  expect(Number(cells(sheet.rowCount)[4]).toFixed(2)).toBe(onScreen);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 CSV' }).click(),
  ]);
  const text = fs.readFileSync(await csv.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('月份,新增客户,成交客户,跟进次数,成交金额（元）,回款金额（元）');
});

test('phone: the dashboard with the period chosen from a list', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, OWNER.login, OWNER.password);
  await page.goto('/analytics');
  await expect(page.getByRole('heading', { name: '数据看板' })).toBeVisible();
  await chooseOption(page, page.getByRole('combobox', { name: '时间段' }), '本季度');
  await expect(page).toHaveURL(/period=quarter/);
  await expect(page.getByRole('link', { name: '成交客户' })).toBeVisible();
  // Two figures side by side, not one per screen.
  const [a, b] = await Promise.all([
    page.getByRole('link', { name: '新增客户' }).boundingBox(),
    page.getByRole('link', { name: '成交客户' }).boundingBox(),
  ]);
  expect(a && b && Math.abs(a.y - b.y) < 2).toBeTruthy();
});

test('desktop: a briefing generated from the card, edited, copied for WeChat and printed', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1440, height: 900 });
  await login(page, OWNER.login, OWNER.password);
  await page.goto('/customers');
  await page.getByText(CUSTOMER).first().click();
  await page.getByRole('button', { name: '汇报' }).click();
  await expect(page.getByRole('heading', { name: '客户汇报', exact: true })).toBeVisible();
  const editor = page.getByLabel('汇报内容（可修改）');
  await expect(editor).toHaveValue(new RegExp(`【客户汇报】${CUSTOMER}`));
  await expect(editor).toHaveValue(/## 商机与回款/);

  // Edited before sending; the plain text for WeChat keeps the edit and drops the Markdown.
  await editor.press('ControlOrMeta+End');
  await editor.pressSequentially('\n请王总周五前确认方案。');
  await page.getByRole('button', { name: '复制纯文本（微信）' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('请王总周五前确认方案。');
  expect(copied).not.toContain('## ');

  // Print (to PDF): the browser's print, with only the report on the page.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.getByRole('button', { name: '打印 / 导出 PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation').first()).toBeHidden();
  await expect(page.getByText('请王总周五前确认方案。').last()).toBeVisible();
});
