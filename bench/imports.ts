// Import 导入 at scale: N customer rows (default 100,000) from a CSV (GBK, as Excel on Chinese Windows writes it)
// and from an .xlsx, each into a fresh workspace of a fresh Keyi (SQLite, or PostgreSQL with --database-url),
// duplicate checks on (policy "skip"; one row in twenty repeats an earlier row's phone). Prints the rows per second
// of the check (the whole file read and matched, nothing written) and of the run (upload to the last chunk
// written), and the server's peak resident memory. Targets: ≥ 20,000 rows/s from CSV, ≥ 10,000 from .xlsx,
// peak ≤ 500 MB.
// Run: npm run build && npx tsx bench/imports.ts [--rows 100000] [--database-url postgres://…/keyi_import]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import pg from 'pg';
import { DEFAULT_ENTRIES } from '../src/domain/dictionaries';
import {
  BRAND,
  CITIES,
  INDUSTRIES,
  LEGAL_FORMS,
  MOBILE_PREFIXES,
  Random,
  SOURCES,
  SURNAMES,
  GIVEN,
} from './customer-data';
import { Client } from './http-timing';
import { BENCH_LOGIN, memoryOf, setUp, startServer } from './keyi-server';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    'database-url': { type: 'string' },
    port: { type: 'string', default: '4710' },
  },
});
const ROWS = Number(values.rows);
const HEADERS = [
  '客户名称',
  '联系人',
  '手机',
  '邮箱',
  '来源渠道',
  '所在城市',
  '初次接触',
  '预算范围',
  '备注',
];
const SOURCE_LABEL = new Map(DEFAULT_ENTRIES.sourceChannel.map((e) => [e.key, e.zh]));

/** The rows of a sheet people keep: every 20th repeats an earlier row's phone (a duplicate the check must find). */
function* sheetRows(seed: string): Generator<string[]> {
  const r = new Random(seed);
  const phones: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    const city = CITIES.pick(r);
    const industry = INDUSTRIES.pick(r);
    const brand = Array.from({ length: 3 }, () => BRAND[r.int(0, BRAND.length - 1)]![0]).join('');
    const name = `${city.city}${brand}${industry.words[r.int(0, industry.words.length - 1)]}${LEGAL_FORMS.pick(r)}`;
    const phone =
      i % 20 === 19 && phones.length
        ? phones[r.int(0, phones.length - 1)]!
        : `${MOBILE_PREFIXES[r.int(0, MOBILE_PREFIXES.length - 1)]}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
    phones.push(phone);
    const person = `${SURNAMES.pick(r)[0]}${GIVEN[r.int(0, GIVEN.length - 1)]![0]}`;
    const day = `${2023 + r.int(0, 2)}年${r.int(1, 12)}月${r.int(1, 28)}日`;
    yield [
      name,
      person,
      `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`,
      i % 3 === 0 ? `c${i}@example.cn` : '',
      SOURCE_LABEL.get(SOURCES.pick(r)) ?? '其他',
      city.city,
      day,
      i % 4 === 0 ? `${r.int(1, 9)}-${r.int(10, 30)}万` : '',
      i % 5 === 0 ? '展会名单导入' : '',
    ];
  }
}

async function writeCsv(file: string) {
  const out = fs.createWriteStream(file);
  const line = (cells: string[]) => iconv.encode(`${cells.join(',')}\r\n`, 'gbk');
  out.write(line(HEADERS));
  for (const row of sheetRows('keyi-import-csv'))
    if (!out.write(line(row))) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((resolve) => out.end(resolve));
}

async function writeXlsx(file: string) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('客户清单');
  sheet.addRow(HEADERS).commit();
  for (const row of sheetRows('keyi-import-xlsx')) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

async function freshDatabase(url: string) {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
}

async function importFile(file: string, label: string, port: number) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyi-import-bench-'));
  const url = values['database-url'];
  if (url) await freshDatabase(url);
  const server = await startServer({ dataDir, port, ...(url && { databaseUrl: url }) });
  try {
    await setUp(server.base);
    const { cookie, csrf } = await new Client(server.base).logIn(BENCH_LOGIN);
    const headers = { cookie, 'x-keyi-csrf': csrf };
    const t0 = performance.now();
    const form = new FormData();
    form.append('file', new Blob([fs.readFileSync(file)]), path.basename(file));
    const uploaded = await fetch(`${server.base}/api/v1/imports?kind=customers`, {
      method: 'POST',
      headers,
      body: form,
    });
    if (uploaded.status !== 201) throw new Error(`upload: ${uploaded.status} ${await uploaded.text()}`);
    const draft = await uploaded.json();
    const settings = { ...draft.batch.settings, duplicates: 'skip' };
    const post = (what: string) =>
      fetch(`${server.base}/api/v1/imports/${draft.batch.id}/${what}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(settings),
      });
    const t1 = performance.now();
    const check = await (await post('check')).json();
    const t2 = performance.now();
    const run = await post('run');
    if (run.status !== 202) throw new Error(`run: ${run.status} ${await run.text()}`);
    let batch;
    for (;;) {
      batch = await (
        await fetch(`${server.base}/api/v1/imports/${draft.batch.id}`, { headers: { cookie } })
      ).json();
      if (batch.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const t3 = performance.now();
    const rate = (ms: number) => Math.round(ROWS / (ms / 1000)).toLocaleString('en');
    const { peakMiB } = memoryOf(server.process.pid!);
    console.log(
      `${label.padEnd(6)} ${(fs.statSync(file).size / 1024 / 1024).toFixed(1).padStart(6)} MB │ upload ${((t1 - t0) / 1000).toFixed(1)} s │ check ${((t2 - t1) / 1000).toFixed(1)} s (${rate(t2 - t1)} rows/s, ${check.duplicates.inFile} duplicates in file) │ run ${((t3 - t2) / 1000).toFixed(1)} s (${rate(t3 - t2)} rows/s: ${batch.status}, ${batch.created} created, ${batch.skipped} skipped, ${batch.rejected} rejected) │ upload→done ${rate(t3 - t0)} rows/s │ server peak ${Math.round(peakMiB)} MiB`,
    );
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyi-import-files-'));
try {
  const csv = path.join(dir, '客户清单.csv');
  const xlsx = path.join(dir, '客户清单.xlsx');
  await writeCsv(csv);
  await writeXlsx(xlsx);
  console.log(
    `${ROWS.toLocaleString('en')} customer rows · ${values['database-url'] ? 'PostgreSQL' : 'SQLite'} · duplicates skipped`,
  );
  await importFile(csv, 'CSV', Number(values.port));
  await importFile(xlsx, 'xlsx', Number(values.port) + 1);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
