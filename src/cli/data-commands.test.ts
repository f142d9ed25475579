import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { setupOwner, TEST_APP_CONFIG } from '../../test/harness';
import { buildApp } from '../server/app';
import { openDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';

const run = promisify(execFile);
const keyi = (dataDir: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/keyi.ts', ...args, '--data-dir', dataDir], {
    timeout: 60_000,
  });

describe('keyi import and keyi export', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyi-cli-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  // Four runs of the CLI, each compiling it first: 10 s on an idle machine, 30 s and more on a loaded one (180 s).
  it('imports a GBK sheet from the command line and exports the list back', async () => {
    // A workspace set up as a person does on first start.
    const database = openDatabase({ databaseUrl: null, sqliteFile: path.join(dataDir, 'keyi.db') });
    await migrateToLatest(database.db);
    const app = await buildApp({ config: TEST_APP_CONFIG, db: database.db });
    await setupOwner(app);
    await app.close();
    await database.close();

    const sheet = path.join(dataDir, '客户.csv');
    fs.writeFileSync(
      sheet,
      iconv.encode('客户名称,手机\r\n命令行甲有限公司,13600000001\r\n,13600000002\r\n', 'gbk'),
    );
    const dry = await keyi(dataDir, 'import', sheet, '--dry-run');
    expect(dry.stdout).toContain('客户名称 → name');
    expect(dry.stdout).toContain('2 rows: 1 ready, 1 with problems');
    const imported = await keyi(dataDir, 'import', sheet);
    expect(imported.stdout).toContain('done: 1 created, 0 updated, 0 duplicates skipped, 1 rejected');
    expect(fs.existsSync(sheet)).toBe(true);

    // A follow-up log, its second sheet (the first is a cover), for the customer just imported.
    const log = path.join(dataDir, '跟进.md');
    fs.writeFileSync(
      log,
      [
        '## 说明',
        '| 字段 | 内容 |',
        '|---|---|',
        '| 客户名称 | 命令行甲有限公司 |',
        '## 跟进日志',
        '| 日期 | 客户 | 跟进方式 | 沟通内容摘要 |',
        '|---|---|---|---|',
        '| 2026-11-20 | 命令行甲有限公司 | 电话 | 约了下周面谈 |',
      ].join('\n'),
    );
    const followUps = await keyi(dataDir, 'import', log, '--kind', 'followUps', '--sheet', '2');
    expect(followUps.stdout).toContain('沟通内容摘要 → summary');
    expect(followUps.stdout).toContain('done: 1 created');

    const out = path.join(dataDir, 'out.csv');
    await keyi(dataDir, 'export', '--format', 'csv', '--out', out);
    const text = fs.readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('命令行甲有限公司');
  }, 180_000);
});
