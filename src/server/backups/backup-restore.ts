import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import SQLite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../db/dialect';
import { isKnownMigration, migrateTo, migrateToLatest } from '../db/migrate';
import { AppError } from '../http/errors';
import { damaged, type BackupManifest, type BackupMeta } from './backup-archive';
import { readCatalog, type CatalogTable } from './backup-catalog';
import {
  dropSqlite,
  insertRows,
  loadPlan,
  runStatements,
  setPostgresTriggers,
  type LoadPlan,
} from './backup-load';
import { readBackup } from './backup-read';
import { withScratch, type Scratch } from './backup-scratch';
import type { BackupProgress, BackupSource } from './backup-write';

export interface RestoreOptions {
  passphrase: string | null;
  onProgress?: (progress: BackupProgress) => void;
  /** Runs once the backup is loaded and checked, just before the live data is replaced (a safety backup). */
  beforeSwap?: () => Promise<void>;
}

/**
 * Restores a backup: loads it into a new database (a file beside SQLite's, a schema beside PostgreSQL's) made to the
 * backup's schema, checks every row and file against the manifest, migrates it to this Keyi's schema and checks it
 * again; only then replaces the live tables, in one transaction, and the files folder. A wrong passphrase, a
 * damaged file or a newer schema stops it before the live data is touched.
 */
export async function restoreBackup(
  target: BackupSource,
  file: string,
  fileName: string,
  options: RestoreOptions,
): Promise<{ meta: BackupMeta; manifest: BackupManifest }> {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const restoredFiles = path.join(target.filesRoot, `files.restoring-${stamp}`);
  try {
    return await withScratch(
      target.db,
      path.join(target.filesRoot, `keyi.restoring-${stamp}.db`),
      `keyi_restore_${stamp}`,
      async (scratch) => {
        const read = await loadBackup(scratch, file, fileName, restoredFiles, options);
        await migrateToLatest(scratch.db);
        await scratch.check();
        await options.beforeSwap?.();
        await scratch.release();
        await swapTables(target.db, scratch, target.sqliteFile);
        await swapFiles(target.filesRoot, restoredFiles, stamp);
        // Search tokens are kept differently by the two databases: a backup from the other one is indexed again.
        if (read.meta.dialect !== (isPostgres(target.db) ? 'postgres' : 'sqlite'))
          await target.db.updateTable('customers').set({ search_version: 0 }).execute();
        return read;
      },
    );
  } finally {
    await fs.rm(restoredFiles, { recursive: true, force: true });
  }
}

async function loadBackup(
  scratch: Scratch,
  file: string,
  fileName: string,
  filesDir: string,
  options: RestoreOptions,
) {
  const plans = new Map<string, LoadPlan | null>();
  let catalog: CatalogTable[] = [];
  let total = 0;
  const read = await readBackup(file, fileName, options.passphrase, {
    async meta(meta) {
      if (meta.kind === 'workspace-export') throw new AppError('BACKUP_IS_WORKSPACE_EXPORT');
      if (!isKnownMigration(meta.migration))
        throw new AppError('BACKUP_NEWER_THAN_APP', { params: { migration: meta.migration } });
      total = meta.tables.length;
      await migrateTo(scratch.db, meta.migration);
      catalog = await readCatalog(scratch.db);
      await scratch.beginLoad(catalog);
    },
    async rows(table, rows) {
      if (!plans.has(table.name)) {
        plans.set(
          table.name,
          loadPlan(
            table,
            catalog.find((t) => t.name === table.name),
          ),
        );
        options.onProgress?.({ phase: 'tables', done: plans.size - 1, total });
      }
      const plan = plans.get(table.name);
      if (plan) await insertRows(scratch.db, plan, rows);
    },
    async file(name, content) {
      const to = path.join(filesDir, ...name.split('/').slice(1));
      if (!to.startsWith(filesDir + path.sep) || name.includes('..')) throw damaged(`file name ${name}`);
      await fs.mkdir(path.dirname(to), { recursive: true });
      await pipeline(content, createWriteStream(to));
    },
  });
  // readBackup has checked every table's rows against the manifest before answering.
  await scratch.endLoad();
  return read;
}

/** Every live table emptied and filled from the scratch database in one transaction: all of it or nothing. */
async function swapTables(live: Kysely<any>, scratch: Scratch, liveFile: string | null): Promise<void> {
  if (!isPostgres(live) && liveFile && liveFile !== ':memory:')
    return copyPages(live, scratch.where, liveFile);
  const tables = await readCatalog(live);
  if (isPostgres(live)) {
    const from = await columnsOf(scratch.db, tables);
    await live.transaction().execute(async (trx) => {
      const names = tables.map((t) => t.name);
      await setPostgresTriggers(trx, names, false);
      await sql`truncate ${sql.join(names.map((n) => sql.table(n)))}`.execute(trx);
      for (const table of tables)
        await copyTable(trx, table, from.get(table.name), `${scratch.where}.${table.name}`);
      await setPostgresTriggers(trx, names, true);
    });
    return;
  }
  await sql`attach database ${scratch.where} as restored`.execute(live);
  try {
    await live.transaction().execute(async (trx) => {
      await sql`pragma defer_foreign_keys = on`.execute(trx);
      const triggers = await dropSqlite(trx, 'trigger');
      for (const table of [...tables].reverse())
        await sql`delete from main.${sql.id(table.name)}`.execute(trx);
      const from = await attachedColumns(trx, tables);
      for (const table of tables) await copyTable(trx, table, from.get(table.name), `restored.${table.name}`);
      await runStatements(trx, triggers);
    });
  } finally {
    await sql`detach database restored`.execute(live);
  }
}

/**
 * SQLite on a file: the checked database, already at this Keyi's schema, is copied page by page over the live one
 * with SQLite's backup API, which commits it as one write transaction of the live file. The app's only connection
 * is held meanwhile, so no request runs half-way through; copying pages is far quicker than copying rows into
 * tables with their indexes (see docs/benchmarks.md).
 */
async function copyPages(live: Kysely<any>, scratchFile: string, liveFile: string): Promise<void> {
  await live.connection().execute(async () => {
    const source = new SQLite(scratchFile, { readonly: true, fileMustExist: true });
    try {
      await source.backup(liveFile);
    } finally {
      source.close();
    }
  });
}

async function columnsOf(scratch: Kysely<any>, tables: CatalogTable[]): Promise<Map<string, Set<string>>> {
  const catalog = await readCatalog(scratch);
  const known = new Set(tables.map((t) => t.name));
  return new Map(
    catalog.filter((t) => known.has(t.name)).map((t) => [t.name, new Set(t.columns.map((c) => c.name))]),
  );
}

async function attachedColumns(db: Kysely<any>, tables: CatalogTable[]): Promise<Map<string, Set<string>>> {
  const columns = new Map<string, Set<string>>();
  for (const table of tables) {
    const { rows } = await sql<{
      name: string;
    }>`select name from pragma_table_info(${table.name}, 'restored')`.execute(db);
    if (rows.length) columns.set(table.name, new Set(rows.map((r) => r.name)));
  }
  return columns;
}

async function copyTable(
  db: Kysely<any>,
  table: CatalogTable,
  from: Set<string> | undefined,
  source: string,
) {
  if (!from) return;
  const names = [
    ...(table.withRowid ? ['rowid'] : []),
    ...table.columns.map((c) => c.name).filter((c) => from.has(c)),
  ];
  const list = sql.join(names.map((n) => sql.id(n)));
  const into = isPostgres(db) ? sql.table(table.name) : sql`main.${sql.id(table.name)}`;
  await sql`insert into ${into} (${list}) select ${list} from ${sql.table(source)}`.execute(db);
}

/** The restored files take the place of the files folder; the replaced one is removed once the swap is done. */
async function swapFiles(root: string, restored: string, stamp: string): Promise<void> {
  const live = path.join(root, 'files');
  const replaced = path.join(root, `files.replaced-${stamp}`);
  await fs.mkdir(restored, { recursive: true });
  await fs.rename(live, replaced).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await fs.rename(restored, live);
  await fs.rm(replaced, { recursive: true, force: true });
}
