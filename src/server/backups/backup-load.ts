import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../db/dialect';
import type { BackupTable } from './backup-archive';
import type { CatalogTable, ColumnKind } from './backup-catalog';

// Bound parameters a statement may carry: SQLite's limit is 32,766, PostgreSQL's 65,535.
const MAX_PARAMETERS = 30_000;

/**
 * A value as the target database stores it. The two databases differ in booleans (0/1 against true/false), JSON
 * (text against jsonb) and arrays (PostgreSQL's search grams); a backup of one restores into the other.
 */
function coerce(value: unknown, kind: ColumnKind, postgres: boolean): unknown {
  if (value === null || value === undefined) return null;
  if (postgres) {
    if (kind === 'bool') return value === true || value === 1;
    if (kind === 'json') return typeof value === 'string' ? value : JSON.stringify(value);
    if (kind === 'array') return Array.isArray(value) ? value : [];
    return value;
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'object' && !Buffer.isBuffer(value)) return JSON.stringify(value);
  return value;
}

export interface LoadPlan {
  table: string;
  /** Positions in the backup's rows of the target's columns; a column the backup lacks is left to its default. */
  picks: { name: string; at: number; kind: ColumnKind }[];
}

/** Matches a backed-up table to the target's columns (the same schema, or the other database's). */
export function loadPlan(backup: BackupTable, target: CatalogTable | undefined): LoadPlan | null {
  if (!target) return null;
  const offset = backup.withRowid ? 1 : 0;
  const picks = target.columns
    .map((c) => ({ name: c.name, at: backup.columns.indexOf(c.name), kind: c.kind }))
    .filter((p) => p.at >= 0)
    .map((p) => ({ ...p, at: p.at + offset }));
  if (backup.withRowid && target.withRowid) picks.unshift({ name: 'rowid', at: 0, kind: 'plain' });
  return { table: backup.name, picks };
}

export async function insertRows(db: Kysely<any>, plan: LoadPlan, rows: unknown[][]): Promise<void> {
  const postgres = isPostgres(db);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, plan.picks.length)));
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows
      .slice(start, start + perStatement)
      .map((row) => Object.fromEntries(plan.picks.map((p) => [p.name, coerce(row[p.at], p.kind, postgres)])));
    await db.insertInto(plan.table).values(values).execute();
  }
}

/**
 * SQLite's triggers, dropped while rows load (the counts they keep are in the backup), or its own indexes, dropped
 * so that a load appends rows and the indexes are built once after, by sorting; answers the statements that make
 * them again. Indexes SQLite made for a primary key or UNIQUE column have no statement and stay.
 */
export async function dropSqlite(db: Kysely<any>, type: 'trigger' | 'index'): Promise<string[]> {
  const { rows } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master where type = ${type} and sql is not null`.execute(db);
  for (const row of rows) await sql`drop ${sql.raw(type)} ${sql.ref(row.name)}`.execute(db);
  return rows.map((r) => r.sql);
}

export async function runStatements(db: Kysely<any>, statements: string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

/** PostgreSQL's own triggers of the tables, off while rows load; foreign keys stay checked. */
export async function setPostgresTriggers(db: Kysely<any>, tables: string[], on: boolean): Promise<void> {
  for (const table of tables)
    await sql`alter table ${sql.table(table)} ${sql.raw(on ? 'enable' : 'disable')} trigger user`.execute(db);
}
