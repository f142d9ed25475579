import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../db/dialect';

/** How a column's values are written back: JSON and booleans are stored differently by the two databases. */
export type ColumnKind = 'json' | 'bool' | 'array' | 'bytes' | 'plain';

export interface CatalogTable {
  name: string;
  columns: { name: string; kind: ColumnKind }[];
  /** SQLite's full-text tables: their rowid is what customers.search_rowid points at, so it is kept. */
  withRowid: boolean;
}

// Kysely's own bookkeeping: a restore migrates its target itself, so the backup records only the last migration.
const SKIPPED = new Set(['kysely_migration', 'kysely_migration_lock']);

/**
 * Every table of the connection's schema with its columns, parents before children (foreign keys), so that a
 * PostgreSQL load, whose foreign keys stay checked, never inserts a row before the row it points at.
 */
export async function readCatalog(db: Kysely<any>): Promise<CatalogTable[]> {
  return isPostgres(db) ? postgresCatalog(db) : sqliteCatalog(db);
}

async function sqliteCatalog(db: Kysely<any>): Promise<CatalogTable[]> {
  const { rows } = await sql<{ name: string; sql: string | null }>`
    select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(
    db,
  );
  const virtual = rows.filter((r) => /create virtual table/i.test(r.sql ?? '')).map((r) => r.name);
  // FTS5 keeps its index in shadow tables named after the virtual one; they are rebuilt by inserting into it.
  const isShadow = (name: string) => virtual.some((v) => name.startsWith(`${v}_`));
  const tables: CatalogTable[] = [];
  for (const { name } of rows) {
    if (SKIPPED.has(name) || isShadow(name)) continue;
    const info = await sql<{ name: string; type: string }>`
      select name, type from pragma_table_info(${name}) order by cid`.execute(db);
    tables.push({
      name,
      columns: info.rows.map((c) => ({
        name: c.name,
        kind: c.type.toLowerCase() === 'blob' ? 'bytes' : 'plain',
      })),
      withRowid: virtual.includes(name),
    });
  }
  const parents = await sqliteParents(
    db,
    tables.map((t) => t.name),
  );
  return parentsFirst(tables, parents);
}

async function sqliteParents(db: Kysely<any>, names: string[]): Promise<Map<string, string[]>> {
  const parents = new Map<string, string[]>();
  for (const name of names) {
    const { rows } = await sql<{
      table: string;
    }>`select "table" from pragma_foreign_key_list(${name})`.execute(db);
    parents.set(
      name,
      rows.map((r) => r.table),
    );
  }
  return parents;
}

const PG_KINDS: Record<string, ColumnKind> = {
  jsonb: 'json',
  json: 'json',
  boolean: 'bool',
  ARRAY: 'array',
  bytea: 'bytes',
};

async function postgresCatalog(db: Kysely<any>): Promise<CatalogTable[]> {
  const { rows } = await sql<{ table: string; column: string; type: string }>`
    select c.table_name as "table", c.column_name as "column", c.data_type as "type"
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
    order by c.table_name, c.ordinal_position`.execute(db);
  const byName = new Map<string, CatalogTable>();
  for (const row of rows) {
    if (SKIPPED.has(row.table)) continue;
    let table = byName.get(row.table);
    if (!table) byName.set(row.table, (table = { name: row.table, columns: [], withRowid: false }));
    table.columns.push({ name: row.column, kind: PG_KINDS[row.type] ?? 'plain' });
  }
  const links = await sql<{ child: string; parent: string }>`
    select cl.relname as child, pl.relname as parent
    from pg_constraint k
    join pg_class cl on cl.oid = k.conrelid
    join pg_class pl on pl.oid = k.confrelid
    where k.contype = 'f' and cl.relnamespace = current_schema()::regnamespace`.execute(db);
  const parents = new Map<string, string[]>();
  for (const { child, parent } of links.rows) parents.set(child, [...(parents.get(child) ?? []), parent]);
  return parentsFirst([...byName.values()], parents);
}

/** Orders tables so that each comes after the tables its foreign keys point at (a table pointing at itself aside). */
export function parentsFirst(tables: CatalogTable[], parents: Map<string, string[]>): CatalogTable[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: CatalogTable[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const place = (name: string) => {
    if (placed.has(name) || !byName.has(name)) return;
    if (visiting.has(name)) throw new Error(`foreign keys form a cycle through ${name}`);
    visiting.add(name);
    for (const parent of parents.get(name) ?? []) if (parent !== name) place(parent);
    visiting.delete(name);
    placed.add(name);
    ordered.push(byName.get(name)!);
  };
  for (const table of tables) place(table.name);
  return ordered;
}
