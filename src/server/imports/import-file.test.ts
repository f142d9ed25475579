import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import yazl from 'yazl';
import { findHeaderRow, headersAt } from '../../domain/import/header-row';
import type { CellValue } from '../../domain/import/import-dates';
import { openImportFile } from './import-file';
import type { ReadLimits, Sheet } from './sheet';

const MB = 1024 * 1024;
const LIMITS: ReadLimits = { fileBytes: 5 * MB, unpackedBytes: 20 * MB, rows: 1000 };
let dir = '';
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'keyi-import-'));
});
afterAll(async () => {
  await fs.promises.rm(dir, { recursive: true, force: true });
});

async function allRows(sheet: Sheet) {
  const rows: { line: number; cells: CellValue[] }[] = [];
  for await (const row of sheet.rows()) rows.push(row);
  return rows;
}

async function refusal(name: string, limits = LIMITS) {
  try {
    await openImportFile(file(name), name, limits);
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'read';
}

describe('Excel workbooks', () => {
  it('reads a sheet with a title, a header on row 3 and typed cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户清单');
    sheet.getCell('A1').value = '2026 年客户清单';
    sheet.mergeCells('A1:E1');
    sheet.getRow(3).values = ['客户名称', '联系方式', '来源渠道', '初次接触', '合同金额'];
    sheet.getRow(4).values = [
      { richText: [{ text: '杭州' }, { text: '云帆科技', font: { bold: true } }] },
      '13800138000',
      '知乎',
      new Date(Date.UTC(2024, 4, 1)),
      { formula: '1000*12.8', result: 12800 },
    ];
    sheet.getRow(6).values = ['苏州晨光', 'a@example.cn', '微信', 45413, 5000];
    workbook.addWorksheet('跟进记录').getRow(1).values = ['客户', '日期'];
    await workbook.xlsx.writeFile(file('clients.xlsx'));

    const opened = await openImportFile(file('clients.xlsx'), 'clients.xlsx', LIMITS);
    expect(opened.format).toBe('xlsx');
    expect(opened.sheets.map((s) => s.name)).toEqual(['客户清单', '跟进记录']);
    const rows = await allRows(opened.sheets[0]!);
    expect(rows.map((r) => r.line)).toEqual([1, 3, 4, 6]);
    const cells = rows.map((r) => r.cells);
    expect(findHeaderRow('customers', cells)).toBe(1);
    expect(cells[2]).toEqual(['杭州云帆科技', '13800138000', '知乎', new Date(Date.UTC(2024, 4, 1)), 12800]);
    expect(cells[3]).toEqual(['苏州晨光', 'a@example.cn', '微信', 45413, 5000]);
    expect(await allRows(opened.sheets[1]!)).toEqual([{ line: 1, cells: ['客户', '日期'] }]);
  });

  it('leaves no temporary files behind when a preview stops after the first rows', async () => {
    const workbook = new ExcelJS.Workbook();
    for (const name of ['一', '二', '三']) {
      const sheet = workbook.addWorksheet(name);
      for (let i = 1; i <= 50; i++) sheet.getRow(i).values = [`${name}客户${i}`, i];
    }
    await workbook.xlsx.writeFile(file('three.xlsx'));
    const ours = () => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith(`tmp-${process.pid}-`));
    const before = ours();

    const opened = await openImportFile(file('three.xlsx'), 'three.xlsx', LIMITS);
    for (const sheet of opened.sheets) {
      const first: CellValue[][] = [];
      for await (const row of sheet.rows()) if (first.push(row.cells) === 2) break;
      expect(first[1]).toEqual([`${sheet.name}客户2`, 2]);
    }
    expect((await allRows(opened.sheets[1]!)).length).toBe(50);
    // The reader deletes its temporary files asynchronously.
    await vi.waitFor(() => expect(ours().filter((name) => !before.includes(name))).toEqual([]), {
      timeout: 2000,
    });
  });

  it('takes a header merged over two rows from its upper cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.getRow(1).values = ['客户名称', '联系方式', null, '备注'];
    sheet.getRow(2).values = [null, '电话', '邮箱', null];
    sheet.mergeCells('A1:A2');
    sheet.mergeCells('B1:C1');
    sheet.mergeCells('D1:D2');
    sheet.getRow(3).values = ['杭州云帆科技', '13800138000', 'a@example.cn', '老客户'];
    await workbook.xlsx.writeFile(file('merged.xlsx'));

    const [first] = (await openImportFile(file('merged.xlsx'), 'merged.xlsx', LIMITS)).sheets;
    const cells = (await allRows(first!)).map((r) => r.cells);
    const header = findHeaderRow('customers', cells);
    expect(header).toBe(1);
    expect(headersAt(cells, header)).toEqual(['客户名称', '电话', '邮箱', '备注']);
  });
});

it('keeps every Chinese character of a workbook whose text is read in many pieces', async () => {
  // The reader gets the unpacked XML in pieces of about 16 KiB; a character (3 bytes in UTF-8) cut by the end
  // of a piece must still come out whole, in the shared strings and in the sheet.
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户清单');
  const rows = Array.from({ length: 3000 }, (_, i) => [
    `重庆正美合贸易${i}有限公司`,
    `2024年11月${(i % 28) + 1}日`,
  ]);
  sheet.addRows(rows);
  await workbook.xlsx.writeFile(file('long.xlsx'));

  const [first] = (await openImportFile(file('long.xlsx'), 'long.xlsx', LIMITS)).sheets;
  const cells = (await allRows(first!)).map((r) => r.cells);
  expect(cells).toEqual(rows);
});

describe('CSV in the encodings Excel writes', () => {
  const text =
    '客户名称,联系方式,备注\r\n杭州云帆科技,138 0013 8000,"两行\r\n备注"\r\n\r\n苏州晨光,,"带,逗号"\r\n';
  const expected = [
    { line: 1, cells: ['客户名称', '联系方式', '备注'] },
    { line: 2, cells: ['杭州云帆科技', '138 0013 8000', '两行\r\n备注'] },
    { line: 3, cells: [null] },
    { line: 4, cells: ['苏州晨光', null, '带,逗号'] },
  ];

  it.each([
    ['utf8-bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['utf8.csv', Buffer.from(text)],
    ['gbk.csv', iconv.encode(text, 'gbk')],
    ['gb18030.csv', iconv.encode(`${text}𠮷字,,\r\n`, 'gb18030')],
  ])('%s', async (name, bytes) => {
    await fs.promises.writeFile(file(name), bytes);
    const opened = await openImportFile(file(name), name, LIMITS);
    expect(opened.format).toBe('csv');
    expect(opened.sheets[0]?.name).toBe(name.replace('.csv', ''));
    const rows = await allRows(opened.sheets[0]!);
    expect(rows.slice(0, 4)).toEqual(expected);
    if (name === 'gb18030.csv') expect(rows[4]?.cells[0]).toBe('𠮷字');
  });

  it('reads GBK whose first bytes happen to be ASCII for a long way', async () => {
    const long = `name,notes\r\n${'a,b\r\n'.repeat(20_000)}云帆,备注\r\n`;
    await fs.promises.writeFile(file('late-gbk.csv'), iconv.encode(long, 'gbk'));
    const rows = await allRows(
      (await openImportFile(file('late-gbk.csv'), 'late-gbk.csv', LIMITS)).sheets[0]!,
    );
    expect(rows.at(-1)).toEqual({ line: 20_002, cells: ['云帆', '备注'] });
  });
});

describe('Markdown tables laid out like the templates', () => {
  it('reads list tables by their heading and a card as one record', async () => {
    const md = [
      '# 客户管理',
      '## 客户基本信息',
      '| 字段 | 内容 |',
      '|------|------|',
      '| **客户名称** | 杭州云帆科技 |',
      '| **联系方式** | 电话：13800138000 / 邮箱：li@example.cn |',
      '## 需求分析',
      '| 维度 | 内容 |',
      '|------|------|',
      '| **核心需求** | 官网改版 |',
      '## 客户清单',
      '| 序号 | 客户名称 | 联系方式 | 来源渠道 |',
      '|:----:|----------|----------|----------|',
      '| 1 | 苏州晨光 | 139 0013 8000 | 知乎 |',
      '| 2 | | | |',
      '| 3 | 竖线\\|公司 | | |',
      '',
      '正文',
    ].join('\n');
    await fs.promises.writeFile(file('template.md'), md);
    const opened = await openImportFile(file('template.md'), 'template.md', LIMITS);
    expect(opened.format).toBe('markdown');
    expect(opened.sheets.map((s) => s.name)).toEqual(['客户基本信息', '客户清单']);
    expect((await allRows(opened.sheets[0]!)).map((r) => r.cells)).toEqual([
      ['客户名称', '联系方式', '核心需求'],
      ['杭州云帆科技', '电话：13800138000 / 邮箱：li@example.cn', '官网改版'],
    ]);
    const list = await allRows(opened.sheets[1]!);
    expect(list.map((r) => r.line)).toEqual([14, 14, 15, 16]);
    expect(list.map((r) => r.cells)).toEqual([
      ['序号', '客户名称', '联系方式', '来源渠道'],
      ['1', '苏州晨光', '139 0013 8000', '知乎'],
      ['2', null, null, null],
      ['3', '竖线|公司', null, null],
    ]);
  });
});

async function zipOf(name: string, entries: [string, Buffer][]) {
  const zip = new yazl.ZipFile();
  for (const [entry, data] of entries) zip.addBuffer(data, entry);
  zip.end();
  await new Promise<void>((resolve, reject) =>
    zip.outputStream
      .pipe(fs.createWriteStream(file(name)))
      .on('close', resolve)
      .on('error', reject),
  );
}

describe('files refused before anything is read in', () => {
  it('refuses an old .xls, a binary file, an empty file and a zip that is no workbook', async () => {
    await fs.promises.writeFile(
      file('old.xls'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    );
    await fs.promises.writeFile(
      file('photo.csv'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    );
    await fs.promises.writeFile(file('empty.csv'), '');
    await zipOf('report.xlsx', [['word/document.xml', Buffer.from('<w/>')]]);
    expect(await refusal('old.xls')).toBe('IMPORT_OLD_EXCEL');
    expect(await refusal('photo.csv')).toBe('IMPORT_NOT_SPREADSHEET');
    expect(await refusal('empty.csv')).toBe('IMPORT_NOT_SPREADSHEET');
    expect(await refusal('report.xlsx')).toBe('IMPORT_NOT_SPREADSHEET');
  });

  it('refuses a file over the size limit', async () => {
    await fs.promises.writeFile(file('big.csv'), Buffer.alloc(2 * MB, 'a'));
    expect(await refusal('big.csv', { ...LIMITS, fileBytes: MB })).toBe('IMPORT_FILE_TOO_LARGE');
  });

  it('refuses a zip bomb with memory bounded', async () => {
    const zeros = Buffer.alloc(64 * MB);
    await zipOf('bomb.xlsx', [
      ['xl/workbook.xml', Buffer.from('<workbook/>')],
      ['xl/worksheets/sheet1.xml', zeros],
      ['xl/worksheets/sheet2.xml', zeros],
    ]);
    expect((await fs.promises.stat(file('bomb.xlsx'))).size).toBeLessThan(MB);
    expect(await refusal('bomb.xlsx', { ...LIMITS, unpackedBytes: 100 * MB })).toBe(
      'IMPORT_UNPACKS_TOO_LARGE',
    );
  });

  it('refuses a zip that unpacks to more than it declares, inflating no more than declared', async () => {
    await zipOf('liar.xlsx', [
      ['xl/workbook.xml', Buffer.from('<workbook/>')],
      ['xl/worksheets/sheet1.xml', Buffer.alloc(64 * MB)],
    ]);
    const bytes = await fs.promises.readFile(file('liar.xlsx'));
    // Both headers of the big entry say it unpacks to 1 KB.
    for (const [signature, offset] of [
      [0x04034b50, 22],
      [0x02014b50, 24],
    ] as const) {
      for (let at = bytes.indexOf(Buffer.from(new Uint32Array([signature]).buffer)); at >= 0;) {
        if (bytes.readUInt32LE(at + offset) === 64 * MB) bytes.writeUInt32LE(1024, at + offset);
        at = bytes.indexOf(Buffer.from(new Uint32Array([signature]).buffer), at + 4);
      }
    }
    await fs.promises.writeFile(file('liar.xlsx'), bytes);
    const before = process.memoryUsage().rss;
    expect(await refusal('liar.xlsx')).toBe('IMPORT_NOT_SPREADSHEET');
    expect(process.memoryUsage().rss - before).toBeLessThan(48 * MB);
  });
});
