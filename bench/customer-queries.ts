// The SQL a customer request runs, compiled from the app's own query builders (customer-list.ts) and the
// repository's shapes (customer.repository.ts), and run straight on better-sqlite3 or pg: the "raw SQL" beside
// each API figure. Keep the context queries in step with customerContext() when it changes.
import SQLite from 'better-sqlite3';
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
} from 'kysely';
import pg from 'pg';
import {
  filterCustomers,
  pageCustomers,
  resolveSort,
  scopeCustomers,
  ZCustomerListQuery,
} from '../src/server/customers/customer-list';
import { groupCountQuery, type TCountBy } from '../src/server/customers/customer-counts';
import { totalOf, totalQuery } from '../src/server/customers/customer-total';
import type { Database } from '../src/server/db/schema';
import type { Scope } from '../src/server/http/policy';

type Row = Record<string, unknown>;

export interface RawDb {
  pg: boolean;
  db: Kysely<Database>;
  run(query: CompiledQuery): Promise<Row[]>;
  query(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

/** A compile-only Kysely for the dialect: the same SQL text the server sends. */
export function compiler(isPg: boolean): Kysely<Database> {
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => (isPg ? new PostgresAdapter() : new SqliteAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => (isPg ? new PostgresIntrospector(db) : new SqliteIntrospector(db)),
      createQueryCompiler: () => (isPg ? new PostgresQueryCompiler() : new SqliteQueryCompiler()),
    },
  });
}

export async function openRaw(target: { sqliteFile?: string; databaseUrl?: string }): Promise<RawDb> {
  if (target.databaseUrl) {
    const client = new pg.Client({ connectionString: target.databaseUrl });
    await client.connect();
    return {
      pg: true,
      db: compiler(true),
      run: async (q) => (await client.query(q.sql, q.parameters as unknown[])).rows as Row[],
      query: async (sql, params = []) => (await client.query(sql, params)).rows as Row[],
      close: () => client.end(),
    };
  }
  // As the server opens it (database.ts), with the same statement cache, but read-only.
  const sqlite = new SQLite(target.sqliteFile ?? '', { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  const cache = new Map<string, SQLite.Statement>();
  return {
    pg: false,
    db: compiler(false),
    async run(q) {
      let statement = cache.get(q.sql);
      if (!statement) cache.set(q.sql, (statement = sqlite.prepare(q.sql)));
      return statement.all(...(q.parameters as unknown[])) as Row[];
    },
    query: async (sql, params = []) => sqlite.prepare(sql).all(...params) as Row[],
    close: async () => void sqlite.close(),
  };
}

/** customerContext(): owners' names, linked customers, tags and contacts of the rows, as the serializer needs. */
async function runContext(raw: RawDb, scope: Scope, rows: Row[]) {
  const { db } = raw;
  const ids = rows.map((r) => r.id as string);
  if (!ids.length) return;
  const owners = [...new Set(rows.map((r) => r.owner_id as string | null).filter((o): o is string => !!o))];
  const linked = [
    ...new Set(rows.flatMap((r) => [r.parent_id, r.referrer_id]).filter((x): x is string => !!x)),
  ];
  if (owners.length)
    await raw.run(
      db
        .selectFrom('users')
        .select(['id', 'name'])
        .where('workspace_id', '=', scope.workspaceId)
        .where('id', 'in', owners)
        .compile(),
    );
  if (linked.length)
    await raw.run(
      db
        .selectFrom('customers')
        .select(['id', 'name', 'number'])
        .where('workspace_id', '=', scope.workspaceId)
        .where('id', 'in', linked)
        .where('deleted_at', 'is', null)
        .compile(),
    );
  await raw.run(
    db.selectFrom('customer_tags').select(['customer_id', 'tag']).where('customer_id', 'in', ids).compile(),
  );
  await raw.run(
    db
      .selectFrom('contacts')
      .selectAll()
      .where('customer_id', 'in', ids)
      .where('deleted_at', 'is', null)
      .orderBy('is_primary', 'desc')
      .orderBy('id')
      .compile(),
  );
}

export interface SqlTiming {
  totalMs: number;
  /** The list's count(*) alone (0 for a card). */
  countMs: number;
  total?: number;
  /** There are more than `total`. */
  capped?: boolean;
}

/** listCustomers(): the page's parts (limit + 1 rows), the total, then the context of the page's rows. */
export function listSql(raw: RawDb, scope: Scope, params: Record<string, string>) {
  const query = ZCustomerListQuery.parse(params);
  const matching = filterCustomers(raw.db, scopeCustomers(raw.db.selectFrom('customers'), scope), query);
  const spec = resolveSort(raw.db, query.sort, [], !!query.q);
  const parts = pageCustomers(matching.selectAll('customers'), spec, undefined, query.limit + 1).map((p) =>
    p.compile(),
  );
  const total = totalQuery(raw.db, scope, query, false, matching);
  const count = total.query.compile();
  return {
    sql: { page: parts.map((p) => p.sql).join(';\n'), count: count.sql },
    async run(): Promise<SqlTiming> {
      const t0 = performance.now();
      const rows: Row[] = [];
      for (const part of parts) {
        rows.push(...(await raw.run(part)));
        if (rows.length > query.limit) break;
      }
      const t1 = performance.now();
      const counted = rows.length > query.limit ? await raw.run(count) : [{ n: rows.length }];
      const t2 = performance.now();
      await runContext(raw, scope, rows.slice(0, query.limit));
      const { total: n, totalCapped } = totalOf(total, counted[0]?.n);
      return { totalMs: performance.now() - t0, countMs: t2 - t1, total: n, capped: totalCapped };
    },
  };
}

/** getCustomer(): findCustomerRow, then the context of that one row. */
export function cardSql(raw: RawDb, scope: Scope, ids: string[]) {
  let next = 0;
  const compiled = ids.map((id) =>
    scopeCustomers(raw.db.selectFrom('customers').selectAll('customers'), scope)
      .where('customers.id', '=', id)
      .compile(),
  );
  return {
    sql: { page: compiled[0]?.sql ?? '', count: '' },
    async run(): Promise<SqlTiming> {
      const q = compiled[next++ % compiled.length];
      const t0 = performance.now();
      const rows = q ? await raw.run(q) : [];
      await runContext(raw, scope, rows);
      return { totalMs: performance.now() - t0, countMs: 0 };
    },
  };
}

/** GET /customers/counts?by=…: the kept totals, or one grouped count under the list's filters and scope. */
export function groupCountSql(raw: RawDb, scope: Scope, by: TCountBy, params: Record<string, string> = {}) {
  const grouped = groupCountQuery(raw.db, scope, by, ZCustomerListQuery.parse(params)).compile();
  return {
    sql: { page: '', count: grouped.sql },
    async run(): Promise<SqlTiming> {
      const t0 = performance.now();
      await raw.run(grouped);
      const ms = performance.now() - t0;
      return { totalMs: ms, countMs: ms };
    },
  };
}
