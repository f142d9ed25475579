import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../db/dialect';
import { ROWS_PER_ENTRY, type BackupTable } from './backup-archive';
import { readCatalog, type CatalogTable } from './backup-catalog';

export type RowsVisitor = (table: BackupTable, rows: unknown[][]) => Promise<void>;

/** A table as dumped: some of its columns, and its rows of one workspace only (a workspace export). */
export interface DumpTable extends BackupTable {
  where?: { column: string; value: string };
}

/** Which tables and columns a dump takes: all of them for a backup. */
export type TableChoice = (catalog: CatalogTable[]) => DumpTable[];

const everyTable: TableChoice = (catalog) =>
  catalog.map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name), withRowid: t.withRowid }));

const metaOf = ({ name, columns, withRowid }: DumpTable): BackupTable => ({ name, columns, withRowid });

export interface Snapshot {
  dialect: 'sqlite' | 'postgres';
  migration: string;
  tables: BackupTable[];
}

/**
 * Reads every table as of one moment while the app goes on writing: PostgreSQL in a repeatable-read transaction,
 * SQLite through a second, read-only connection whose transaction sees the database as it was at its first read
 * (WAL keeps that view while the app's connection writes). An in-memory database (tests) is copied first.
 */
export async function dumpSnapshot(
  db: Kysely<any>,
  sqliteFile: string | null,
  start: (snapshot: Snapshot) => Promise<void>,
  visit: RowsVisitor,
  choose: TableChoice = everyTable,
): Promise<void> {
  const tables = choose(await readCatalog(db));
  if (isPostgres(db)) return dumpPostgres(db, tables, start, visit);
  return dumpSqlite(db, sqliteFile, tables, start, visit);
}

async function lastMigration(db: Kysely<any>): Promise<string> {
  const row = await db
    .selectFrom('kysely_migration')
    .select('name')
    .orderBy('name', 'desc')
    .executeTakeFirst();
  return (row?.name as string | undefined) ?? '';
}

async function dumpPostgres(db: Kysely<any>, tables: DumpTable[], start: Start, visit: RowsVisitor) {
  await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await sql`set transaction read only`.execute(trx);
      await start({ dialect: 'postgres', migration: await lastMigration(trx), tables: tables.map(metaOf) });
      for (const table of tables) {
        await sql`declare backup_rows no scroll cursor for select ${sql.join(
          table.columns.map((c) => sql.ref(c)),
        )} from ${sql.table(table.name)} ${
          table.where ? sql`where ${sql.ref(table.where.column)} = ${table.where.value}` : sql``
        }`.execute(trx);
        for (;;) {
          const { rows } = await sql<
            Record<string, unknown>
          >`fetch ${sql.raw(String(ROWS_PER_ENTRY))} from backup_rows`.execute(trx);
          if (rows.length === 0) break;
          await visit(
            table,
            rows.map((row) => table.columns.map((c) => row[c])),
          );
        }
        await sql`close backup_rows`.execute(trx);
      }
    });
}

type Start = (snapshot: Snapshot) => Promise<void>;

async function dumpSqlite(
  db: Kysely<any>,
  file: string | null,
  tables: DumpTable[],
  start: Start,
  visit: RowsVisitor,
) {
  let copy: string | null = null;
  if (!file || file === ':memory:') {
    copy = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'keyi-snapshot-')), 'keyi.db');
    await sql`vacuum into ${copy}`.execute(db);
  }
  const reader = new SQLite(copy ?? file!, { readonly: true, fileMustExist: true });
  try {
    reader.exec('begin');
    const migration = reader.prepare('select max(name) as name from kysely_migration').get() as {
      name: string;
    };
    await start({ dialect: 'sqlite', migration: migration.name, tables: tables.map(metaOf) });
    for (const table of tables) {
      const columns = table.columns.map((c) => `"${c}"`).join(', ');
      const where = table.where ? ` where "${table.where.column}" = ?` : '';
      const select = reader.prepare(
        `select ${table.withRowid ? 'rowid, ' : ''}${columns} from "${table.name}"${where}`,
      );
      const params = table.where ? [table.where.value] : [];
      let rows: unknown[][] = [];
      for (const row of select.raw(true).iterate(...params) as IterableIterator<unknown[]>) {
        rows.push(row);
        if (rows.length === ROWS_PER_ENTRY) {
          await visit(table, rows);
          rows = [];
        }
      }
      if (rows.length) await visit(table, rows);
    }
    reader.exec('commit');
  } finally {
    reader.close();
    if (copy) await fs.rm(path.dirname(copy), { recursive: true, force: true });
  }
}
