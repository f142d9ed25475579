import { randomFillSync } from 'node:crypto';
import { now } from '../clock';
import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import { v7 as uuidv7 } from 'uuid';

// The few places SQLite and PostgreSQL differ, so repositories stay dialect-free.

export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Random bytes drawn a few thousand at a time: the system call per id was 6 % of an import's time. */
const POOL_BYTES = 16 * 512;
let pool = Buffer.alloc(0);
let taken = POOL_BYTES;

function random16(): Uint8Array {
  if (taken >= POOL_BYTES) {
    pool = randomFillSync(Buffer.allocUnsafe(POOL_BYTES));
    taken = 0;
  }
  return pool.subarray(taken, (taken += 16));
}

/** uuid's own v7 clock (it is not kept when the random bytes are given): a counter within a millisecond. */
const clock = { msecs: -Infinity, seq: 0 };

/**
 * Time-ordered ids: new rows land at the end of the primary-key index and sort by creation, also within one
 * millisecond (the counter starts at a random 31-bit value each millisecond, as uuid's does).
 */
export function newId(): string {
  const random = random16();
  const msecs = Date.now();
  if (msecs > clock.msecs) {
    clock.msecs = msecs;
    clock.seq = ((random[6]! & 0x7f) << 24) | (random[7]! << 16) | (random[8]! << 8) | random[9]!;
  } else {
    clock.seq = (clock.seq + 1) | 0;
    if (clock.seq === 0) clock.msecs++;
  }
  return uuidv7({ random, msecs: clock.msecs, seq: clock.seq });
}

export function nowIso(): string {
  return now().toISOString();
}

/** JSON columns: text in SQLite, jsonb in PostgreSQL; both take a JSON string on write. */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/** A JSON column as its text (SQLite hands back the text, PostgreSQL the parsed value), for searching in it. */
export function jsonText(value: unknown): string {
  return typeof value === 'string' ? value : toJson(value);
}

export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** Maps a unique-constraint violation from either driver to true, so repositories can raise a domain code. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Serialises a check-then-insert across app instances (PostgreSQL); SQLite transactions are serial already. */
export async function lockTable(db: Kysely<any>, table: string): Promise<void> {
  if (isPostgres(db)) await sql`lock table ${sql.table(table)} in share row exclusive mode`.execute(db);
}

/**
 * Runs a request's reads without PostgreSQL's parallel workers (SQLite has none). For many small reads in a row, a
 * gather of two workers costs more than it saves on a small host and spreads the tail: the owner's deal board had
 * p95 169 ms with them and 61 without (docs/benchmarks.md). Kept to the requests measured, not set server-wide.
 */
export async function withoutParallelWorkers<T>(db: Kysely<any>, read: (db: Kysely<any>) => Promise<T>) {
  if (!isPostgres(db)) return read(db);
  return db.transaction().execute(async (trx) => {
    await sql`set local max_parallel_workers_per_gather = 0`.execute(trx);
    return read(trx);
  });
}

/** Booleans: SQLite stores 0/1, PostgreSQL a boolean; both read back through isTrue. */
export function toBool(db: Kysely<any>, value: boolean): boolean | number {
  return isPostgres(db) ? value : value ? 1 : 0;
}

export function isTrue(value: boolean | number | null | undefined): boolean {
  return value === true || value === 1;
}

/** The calendar day (`YYYY-MM-DD` text) of an instant column in a time zone; SQLite through local_day (database.ts). */
export function localDay(
  db: Kysely<any>,
  instant: RawBuilder<unknown>,
  timeZone: string,
): RawBuilder<string> {
  return isPostgres(db)
    ? sql<string>`((${instant} at time zone ${timeZone})::date)::text`
    : sql<string>`local_day(${instant}, ${timeZone})`;
}

/** A `YYYY-MM-DD` text expression plus a number of days (negative: before), as `YYYY-MM-DD` text. */
export function plusDays(
  db: Kysely<any>,
  day: RawBuilder<unknown>,
  days: RawBuilder<unknown>,
): RawBuilder<string> {
  return isPostgres(db)
    ? sql<string>`((${day})::date + (${days})::integer)::text`
    : sql<string>`date(${day}, (${days}) || ' days')`;
}

/** The smallest of several values, ignoring nulls; null when all are null. */
export function leastOf(db: Kysely<any>, values: RawBuilder<unknown>[]): RawBuilder<number | null> {
  if (values.length === 0) return sql<null>`null`;
  if (isPostgres(db)) return sql<number | null>`least(${sql.join(values)})`;
  // SQLite's scalar min() is null when any argument is; a sentinel stands in for the nulls.
  const none = 1_000_000;
  return sql<
    number | null
  >`nullif(min(${none}, ${sql.join(values.map((v) => sql`coalesce(${v}, ${none})`))}), ${none})`;
}
