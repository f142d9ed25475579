// Bulk writes for the generator: multi-row INSERTs in big transactions, secondary indexes dropped during the load
// and recreated from their own definitions afterwards (so the generator follows the migrations' indexes).
import SQLite from 'better-sqlite3';
import pg from 'pg';

export interface Column {
  name: string;
  notNull: boolean;
  hasDefault: boolean;
}

export interface Sink {
  readonly pg: boolean;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
  /** One statement with parameters that returns no rows. */
  run(sql: string, params: unknown[]): Promise<void>;
  /** Inserts rows (arrays in `columns` order), split into statements under the parameter limit. */
  insert(table: string, columns: string[], rows: unknown[][]): Promise<void>;
  columns(table: string): Promise<Column[]>;
  /** Drops the tables' secondary indexes; returns the statements that recreate them. */
  dropIndexes(tables: string[]): Promise<{ name: string; sql: string }[]>;
  /**
   * Drops the tables' triggers (SQLite; PostgreSQL's load connection runs with them off); returns the statements
   * that recreate them. What they keep must then be counted afresh.
   */
  dropTriggers(tables: string[]): Promise<string[]>;
  finish(): Promise<void>;
  close(): Promise<void>;
}

const placeholders = (rows: number, columns: number, pgStyle: boolean) => {
  let n = 0;
  const row = () => `(${Array.from({ length: columns }, () => (pgStyle ? `$${++n}` : '?')).join(',')})`;
  return Array.from({ length: rows }, row).join(',');
};

export function sqliteSink(file: string): Sink {
  const db = new SQLite(file);
  // A bulk load into a file nobody else has open: no journal, no fsync, a big page cache.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1048576');
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = OFF');
  const statements = new Map<string, SQLite.Statement>();
  const MAX_PARAMS = 32_000;
  return {
    pg: false,
    run: async (sql, params) => void db.prepare(sql).run(...params),
    query: async <T>(sql: string, params: unknown[] = []) => db.prepare(sql).all(...params) as T[],
    exec: async (sql) => void db.exec(sql),
    async insert(table, columns, rows) {
      const per = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
      for (let i = 0; i < rows.length; i += per) {
        const chunk = rows.slice(i, i + per);
        const key = `${table}:${chunk.length}`;
        let statement = statements.get(key);
        if (!statement) {
          statement = db.prepare(
            `insert into ${table} (${columns.join(',')}) values ${placeholders(chunk.length, columns.length, false)}`,
          );
          statements.set(key, statement);
        }
        statement.run(...chunk.flat());
      }
    },
    columns: async (table) =>
      (
        db.prepare(`pragma table_info(${table})`).all() as {
          name: string;
          notnull: number;
          dflt_value: unknown;
          pk: number;
        }[]
      ).map((c) => ({
        name: c.name,
        notNull: c.notnull === 1 || c.pk === 1,
        hasDefault: c.dflt_value !== null,
      })),
    async dropIndexes(tables) {
      const list = db
        .prepare(
          `select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${tables.map(() => '?').join(',')})`,
        )
        .all(...tables) as { name: string; sql: string }[];
      for (const index of list) db.exec(`drop index ${index.name}`);
      return list;
    },
    async dropTriggers(tables) {
      const list = db
        .prepare(
          `select name, sql from sqlite_master where type = 'trigger' and tbl_name in (${tables.map(() => '?').join(',')})`,
        )
        .all(...tables) as { name: string; sql: string }[];
      for (const trigger of list) db.exec(`drop trigger ${trigger.name}`);
      return list.map((trigger) => trigger.sql);
    },
    async finish() {
      db.pragma('journal_mode = WAL');
    },
    close: async () => void db.close(),
  };
}

export async function pgSink(url: string): Promise<Sink> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Foreign keys are right by construction; skipping their triggers halves the load time.
  await client.query(`set session_replication_role = replica`);
  await client.query(`set maintenance_work_mem = '1GB'`);
  const MAX_PARAMS = 60_000;
  return {
    pg: true,
    run: async (sql, params) => void (await client.query(sql, params)),
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    exec: async (sql) => void (await client.query(sql)),
    async insert(table, columns, rows) {
      const per = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
      for (let i = 0; i < rows.length; i += per) {
        const chunk = rows.slice(i, i + per);
        await client.query({
          name: `${table}_${chunk.length}`,
          text: `insert into ${table} (${columns.join(',')}) values ${placeholders(chunk.length, columns.length, true)}`,
          values: chunk.flat(),
        });
      }
    },
    columns: async (table) =>
      (
        await client.query<{ column_name: string; is_nullable: string; column_default: string | null }>(
          `select column_name, is_nullable, column_default from information_schema.columns
           where table_schema = current_schema() and table_name = $1`,
          [table],
        )
      ).rows.map((c) => ({
        name: c.column_name,
        notNull: c.is_nullable === 'NO',
        hasDefault: c.column_default !== null,
      })),
    async dropIndexes(tables) {
      const { rows } = await client.query<{ name: string; sql: string }>(
        `select indexname as name, indexdef as sql from pg_indexes
         where schemaname = current_schema() and tablename = any($1)
           and indexname not in (select conname from pg_constraint)`,
        [tables],
      );
      for (const index of rows) await client.query(`drop index ${index.name}`);
      return rows;
    },
    dropTriggers: async () => [],
    async finish() {
      await client.query('set session_replication_role = origin');
    },
    close: () => client.end(),
  };
}
