// What inserting customer rows costs SQLite alone, with nothing of Keyi's JavaScript around it: the floor under any
// import. Copies a data set made by bench/generate-customers.ts, empties its customers (kept in a staging table),
// then moves N of them back with `insert … select` in transactions of 1,000 rows, as an import's chunks commit,
// with ids in time order as newId makes them. It does so with every index and trigger, without the triggers, without
// the secondary indexes, and with each index alone (its cost over none).
// Run: npx tsx bench/customer-insert-floor.ts --data-dir /tmp/keyi-100k [--rows 30000] [--each]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    rows: { type: 'string', default: '30000' },
    chunk: { type: 'string', default: '1000' },
    each: { type: 'boolean', default: false },
  },
});
if (!values['data-dir']) throw new Error('--data-dir: a folder made by bench/generate-customers.ts');
const source = path.join(path.resolve(values['data-dir']), 'keyi.db');
const ROWS = Number(values.rows);
const CHUNK = Number(values.chunk);
const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'keyi-floor-')), 'keyi.db');

/** A fresh copy with Keyi's pragmas, its customers moved to a staging table, then the given indexes and triggers. */
function prepared(keep: { indexes: (name: string) => boolean; triggers: boolean }) {
  fs.copyFileSync(source, copy);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(copy + suffix, { force: true });
  const db = new SQLite(copy);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -65536');
  db.pragma('wal_autocheckpoint = 10000');
  db.exec(`create temp table stage as select * from customers order by rowid limit ${ROWS}`);
  db.exec('delete from contacts; delete from customer_tags; delete from customers');
  const objects = (type: string) =>
    db
      .prepare(`select name from sqlite_master where type = ? and tbl_name = 'customers' and sql is not null`)
      .pluck()
      .all(type) as string[];
  for (const name of objects('index')) if (!keep.indexes(name)) db.exec(`drop index "${name}"`);
  if (!keep.triggers) for (const name of objects('trigger')) db.exec(`drop trigger "${name}"`);
  db.exec('vacuum');
  return db;
}

/** Seconds to move the staged rows back, a transaction per chunk; new ids and times as a new row gets them. */
function timedInsert(db: SQLite.Database): number {
  const columns = db.prepare(`select name from pragma_table_info('customers')`).pluck().all() as string[];
  const selected = columns.map((c) =>
    c === 'id'
      ? `'zz' || printf('%012d', rowid)`
      : c === 'search_rowid'
        ? 'null'
        : c === 'created_at' || c === 'updated_at'
          ? `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`
          : `"${c}"`,
  );
  const insert = db.prepare(
    `insert into customers (${columns.map((c) => `"${c}"`).join(', ')})
     select ${selected.join(', ')} from stage where rowid > ? and rowid <= ?`,
  );
  const started = performance.now();
  for (let from = 0; from < ROWS; from += CHUNK) db.transaction(() => insert.run(from, from + CHUNK))();
  return (performance.now() - started) / 1000;
}

function measure(label: string, keep: Parameters<typeof prepared>[0]): number {
  const db = prepared(keep);
  const seconds = timedInsert(db);
  db.close();
  console.log(
    `${label.padEnd(40)} ${seconds.toFixed(2).padStart(7)} s  ${Math.round(ROWS / seconds)
      .toLocaleString('en')
      .padStart(8)} rows/s  ${((seconds / ROWS) * 1e6).toFixed(1).padStart(6)} µs/row`,
  );
  return seconds;
}

try {
  console.log(`${ROWS.toLocaleString('en')} customer rows, transactions of ${CHUNK.toLocaleString('en')}`);
  measure('every index and trigger', { indexes: () => true, triggers: true });
  measure('every index, no trigger', { indexes: () => true, triggers: false });
  const none = measure('no secondary index, no trigger', { indexes: () => false, triggers: false });
  if (values.each) {
    const probe = new SQLite(source, { readonly: true });
    const names = probe
      .prepare(
        `select name from sqlite_master where type = 'index' and tbl_name = 'customers' and sql is not null`,
      )
      .pluck()
      .all() as string[];
    probe.close();
    for (const name of names) {
      const db = prepared({ indexes: (n) => n === name, triggers: false });
      const extra = timedInsert(db) - none;
      db.close();
      console.log(`  ${name.padEnd(38)} +${((extra / ROWS) * 1e6).toFixed(1).padStart(5)} µs/row`);
    }
  }
} finally {
  fs.rmSync(path.dirname(copy), { recursive: true, force: true });
}
