import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type KyselyPlugin,
  type LogEvent,
  type SqliteDatabase,
} from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  /** postgres://… for PostgreSQL; null for SQLite at sqliteFile. */
  databaseUrl: string | null;
  sqliteFile: string;
  /** PostgreSQL schema to work in (tests give each file its own). */
  pgSchema?: string;
  pgPoolSize?: number;
}

export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

// timestamptz comes back as ISO-8601 UTC text, as SQLite stores it; bigint counts as numbers; dates stay YYYY-MM-DD.
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, (v) => new Date(v).toISOString());
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

/**
 * Kysely prepares every query afresh; preparing costs more than running a short indexed query, so keep the
 * statements of the (finite) set of query shapes. Safe because Kysely runs one SQLite query at a time.
 */
function withStatementCache(sqlite: SQLite.Database, max = 1000): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

/**
 * better-sqlite3 runs each statement synchronously and Kysely resolves it in a microtask, so a chain of queries never
 * lets a waiting request in: the morning digest over 100,000 customers held a board request for 11 s. After each
 * statement the event loop gets a turn (a transaction keeps its connection, so nothing enters it).
 */
const yieldAfterEachQuery: KyselyPlugin = {
  transformQuery: (args) => args.node,
  async transformResult(args) {
    await new Promise(setImmediate);
    return args.result;
  },
};

/** KEYI_SQL_LOG=errors prints each failing statement: a debugging aid, off by default. */
const sqlErrorLog = process.env.KEYI_SQL_LOG
  ? (event: LogEvent) => {
      if (event.level === 'error')
        console.error('[sql]', event.query.sql, event.query.parameters, event.error);
    }
  : undefined;

/**
 * `local_day(instant, timeZone)`: the calendar day of an instant in a time zone, as PostgreSQL's
 * `(instant at time zone tz)::date` gives it. SQLite knows only UTC and fixed offsets.
 */
function registerLocalDay(sqlite: SQLite.Database): void {
  const formats = new Map<string, Intl.DateTimeFormat>();
  sqlite.function('local_day', { deterministic: true }, (instant: unknown, timeZone: unknown) => {
    if (typeof instant !== 'string' || typeof timeZone !== 'string') return null;
    let format = formats.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
      formats.set(timeZone, format);
    }
    return format.format(new Date(instant));
  });
}

function openSqlite(file: string): OpenDatabase {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MiB of page cache instead of SQLite's 2 MiB: a customer row touches some thirty indexes, and past 100,000
  // customers their pages no longer fitted (an import's inserts slowed to half their speed). The write-ahead log is
  // copied back every 10,000 pages (40 MiB) instead of 1,000: an index page changed by many writes is copied once
  // (an import of 100,000 customers spent a fifth of its time in those copies).
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('wal_autocheckpoint = 10000');
  // Planner statistics, as SQLite advises for long-lived connections: ANALYZE of the tables that need it (never
  // analysed, or grown tenfold) at open and every hour. Without them a filter on a rare value may walk a big index
  // instead of a small one; sampled statistics (analysis_limit) proved too coarse for that. A million customers
  // take about 20 s, once.
  sqlite.pragma('optimize = 0x10002');
  registerLocalDay(sqlite);
  const optimizer = setInterval(() => sqlite.pragma('optimize'), 60 * 60 * 1000).unref();
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    plugins: [yieldAfterEachQuery],
    log: sqlErrorLog,
  });
  return {
    db,
    dialect: 'sqlite',
    close: async () => {
      clearInterval(optimizer);
      await db.destroy();
    },
  };
}

function openPostgres(url: string, schema: string | undefined, max: number): OpenDatabase {
  // JIT off: Keyi's statements run in milliseconds to a second, and compiling one that the planner guesses to be
  // large cost more than it saved (350 ms of a churn count's 800 at a million customers). public stays on the path
  // for extensions (pg_trgm) installed there.
  const options = ['-c jit=off', ...(schema ? [`-c search_path=${schema},public`] : [])];
  const pool = new pg.Pool({ connectionString: url, max, options: options.join(' ') });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: sqlErrorLog });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

export function openDatabase(options: DatabaseOptions): OpenDatabase {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.pgSchema, options.pgPoolSize ?? 10)
    : openSqlite(options.sqliteFile);
}
