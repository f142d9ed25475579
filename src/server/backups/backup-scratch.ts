import fs from 'node:fs/promises';
import { sql, type Kysely } from 'kysely';
import { openDatabase } from '../db/database';
import { isPostgres } from '../db/dialect';
import { damaged } from './backup-archive';
import type { CatalogTable } from './backup-catalog';
import { dropSqlite, runStatements, setPostgresTriggers } from './backup-load';

/** The new database a backup is loaded into and checked in before anything of the live one changes. */
export interface Scratch {
  db: Kysely<any>;
  /** SQLite: the file to attach; PostgreSQL: the schema to read from. */
  where: string;
  /** Triggers off and one transaction open, for the load. */
  beginLoad(catalog: CatalogTable[]): Promise<void>;
  endLoad(): Promise<void>;
  /** Every page and foreign key sound (SQLite loads with its foreign keys off; PostgreSQL checked them on insert). */
  check(): Promise<void>;
  /** SQLite: the scratch file closed, so that the live connection can attach it. */
  release(): Promise<void>;
}

/** Runs `work` with a scratch database beside the live one, removed afterwards whatever happened. */
export async function withScratch<T>(
  live: Kysely<any>,
  scratchFile: string,
  schema: string,
  work: (scratch: Scratch) => Promise<T>,
): Promise<T> {
  return isPostgres(live) ? withPostgresScratch(live, schema, work) : withSqliteScratch(scratchFile, work);
}

async function withSqliteScratch<T>(file: string, work: (scratch: Scratch) => Promise<T>): Promise<T> {
  const opened = openDatabase({ databaseUrl: null, sqliteFile: file });
  let open = true;
  let rebuild: string[] = [];
  const release = async () => {
    if (open) await opened.close();
    open = false;
  };
  try {
    return await work({
      db: opened.db,
      where: file,
      // No journal while loading: the file is new and thrown away on any failure, so nothing needs rolling back.
      async beginLoad() {
        await sql`pragma foreign_keys = off`.execute(opened.db);
        await sql`pragma journal_mode = off`.execute(opened.db);
        await sql`pragma synchronous = off`.execute(opened.db);
        const indexes = await dropSqlite(opened.db, 'index');
        rebuild = [...indexes, ...(await dropSqlite(opened.db, 'trigger'))];
        await sql`begin`.execute(opened.db);
      },
      async endLoad() {
        await sql`commit`.execute(opened.db);
        // A unique index that cannot be built again means the backup breaks a rule the schema holds: damaged.
        await runStatements(opened.db, rebuild).catch((error: unknown) => {
          throw damaged('unique values', error);
        });
        await sql`pragma journal_mode = wal`.execute(opened.db);
        await sql`pragma synchronous = normal`.execute(opened.db);
      },
      async check() {
        const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(opened.db);
        if (integrity.rows[0]?.integrity_check !== 'ok') throw damaged('integrity');
        const orphans = await sql<{ table: string }>`pragma foreign_key_check`.execute(opened.db);
        if (orphans.rows.length) throw damaged(`foreign keys of ${orphans.rows[0]!.table}`);
      },
      release,
    });
  } finally {
    await release();
    for (const suffix of ['', '-wal', '-shm']) await fs.rm(`${file}${suffix}`, { force: true });
  }
}

async function withPostgresScratch<T>(
  live: Kysely<any>,
  schema: string,
  work: (scratch: Scratch) => Promise<T>,
): Promise<T> {
  // One connection of the pool, pinned: its search path points at the scratch schema for the migrations and load.
  return live.connection().execute(async (conn) => {
    let tables: string[] = [];
    await sql`create schema ${sql.id(schema)}`.execute(conn);
    try {
      await sql`set search_path to ${sql.id(schema)}, public`.execute(conn);
      return await work({
        db: conn,
        where: schema,
        async beginLoad(catalog) {
          tables = catalog.map((t) => t.name);
          await sql`begin`.execute(conn);
          await setPostgresTriggers(conn, tables, false);
        },
        async endLoad() {
          await setPostgresTriggers(conn, tables, true);
          await sql`commit`.execute(conn);
        },
        check: async () => undefined,
        release: async () => undefined,
      });
    } finally {
      await sql`rollback`.execute(conn).catch(() => undefined);
      await sql`reset search_path`.execute(conn);
      await sql`drop schema ${sql.id(schema)} cascade`.execute(conn);
    }
  });
}
