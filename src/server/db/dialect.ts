import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';

// The few places SQLite and PostgreSQL differ, so repositories stay dialect-free.

export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Time-ordered ids: new rows land at the end of the primary-key index and sort by creation. */
export function newId(): string {
  return uuidv7();
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** JSON columns: text in SQLite, jsonb in PostgreSQL; both take a JSON string on write. */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
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
