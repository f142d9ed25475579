// Export 导出 and backup 备份 at scale, on a data folder made by bench/generate-customers.ts (and, if wanted, the
// follow-up and deal generators). Prints, one after the other, with the process's peak memory so far:
//   - the owner's customer list exported to CSV (rows/s), as `keyi export --format csv` writes it;
//   - a backup of the whole database and files (seconds, MB, rows/s), unencrypted and with a passphrase, each read
//     back and checked against its manifest as every backup is;
//   - with --restore, that backup restored into a new, empty data folder (seconds).
// Run: npx tsx bench/backups.ts --data-dir /tmp/keyi-1m [--database-url postgres://…] [--restore] [--skip-export]
//      [--skip-encrypted]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { actingMember } from '../src/cli/data-commands';
import { restoreBackup } from '../src/server/backups/backup-restore';
import { writeBackup, type BackupSource } from '../src/server/backups/backup-write';
import { exportCustomers, ZCustomerExportQuery } from '../src/server/customers/customer-export';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    restore: { type: 'boolean', default: false },
    'skip-export': { type: 'boolean', default: false },
    'skip-encrypted': { type: 'boolean', default: false },
  },
});
const dataDir = values['data-dir'];
if (!dataDir) throw new Error('--data-dir: a folder made by bench/generate-customers.ts');
const url = values['database-url'] ?? null;
const sqliteFile = path.join(dataDir, 'keyi.db');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'keyi-bench-backup-'));

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const seconds = (since: number) => (performance.now() - since) / 1000;

const database = openDatabase({ databaseUrl: url, sqliteFile });
const source: BackupSource = { db: database.db, sqliteFile: url ? null : sqliteFile, filesRoot: dataDir };
try {
  if (!values['skip-export']) {
    const reader = await actingMember(database.db);
    const started = performance.now();
    const { stream } = exportCustomers(
      database.db,
      reader,
      ZCustomerExportQuery.parse({ format: 'csv' }),
      {},
    );
    let rows = -1;
    stream.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 0x0a) rows++;
    });
    await pipeline(stream, fs.createWriteStream(path.join(out, 'customers.csv')));
    const s = seconds(started);
    console.log(
      `export csv: ${rows} rows in ${s.toFixed(1)} s = ${Math.round(rows / s)} rows/s, ${(fs.statSync(path.join(out, 'customers.csv')).size / 1e6).toFixed(0)} MB, peak ${peakMb()} MB`,
    );
  }
  for (const passphrase of values['skip-encrypted'] ? [null] : [null, 'bench passphrase 2026']) {
    const file = path.join(out, `backup${passphrase ? '.tar.gz.age' : '.tar.gz'}`);
    const started = performance.now();
    const written = await writeBackup(source, file, { passphrase, kind: 'manual' });
    const s = seconds(started);
    const rows = Object.values(written.manifest.tables).reduce((sum, t) => sum + t.rows, 0);
    console.log(
      `backup ${passphrase ? 'encrypted' : 'plain'}: ${rows} rows of ${Object.keys(written.manifest.tables).length} tables, ${Object.keys(written.manifest.files).length} files in ${s.toFixed(1)} s (written and checked) = ${Math.round(rows / s)} rows/s, ${(written.bytes / 1e6).toFixed(0)} MB, peak ${peakMb()} MB`,
    );
  }
  if (values.restore) {
    const target = path.join(out, 'restored');
    const fresh = openDatabase({ databaseUrl: null, sqliteFile: path.join(target, 'keyi.db') });
    await migrateToLatest(fresh.db);
    const started = performance.now();
    await restoreBackup(
      { db: fresh.db, sqliteFile: path.join(target, 'keyi.db'), filesRoot: target },
      path.join(out, 'backup.tar.gz'),
      'backup.tar.gz',
      { passphrase: null },
    );
    console.log(
      `restore into a new SQLite data folder: ${seconds(started).toFixed(1)} s, peak ${peakMb()} MB`,
    );
    await fresh.close();
  }
} finally {
  await database.close();
  fs.rmSync(out, { recursive: true, force: true });
}
