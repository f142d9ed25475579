// Where a request's time goes: a Kysely on the bench data whose log records every statement with its time, the
// reader of a login as the API would build it, and `explain` that runs a service warm, then once logged, and prints
// its statements slower than `minMs` with the database's plan: EXPLAIN QUERY PLAN (SQLite) or
// EXPLAIN (ANALYZE, BUFFERS) (PostgreSQL). Used by bench/deal-plans.ts and bench/analytics-plans.ts.
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import type { Reader } from '../src/server/customers/customer-context';
import { openDatabase } from '../src/server/db/database';
import type { Database } from '../src/server/db/schema';
import { scopeOf } from '../src/server/http/policy';

interface Logged {
  sql: string;
  parameters: readonly unknown[];
  ms: number;
}

export async function openStatementLog(options: {
  dataDir: string;
  url?: string | undefined;
  minMs: number;
  warm: number;
}) {
  const file = path.join(path.resolve(options.dataDir), 'keyi.db');
  const { url } = options;
  // openDatabase sets the pg type parsers the services expect; it also gathers SQLite's statistics if missing.
  await openDatabase({ databaseUrl: url ?? null, sqliteFile: file }).close();
  let logged: Logged[] = [];
  const log = (event: LogEvent) => {
    if (event.level === 'query')
      logged.push({
        sql: event.query.sql,
        parameters: event.query.parameters,
        ms: event.queryDurationMillis,
      });
  };
  const sqlite = url ? null : new SQLite(file, { readonly: true });
  const pool = url ? new pg.Pool({ connectionString: url, max: 10, options: '-c jit=off' }) : null;
  const db = new Kysely<Database>({
    dialect: pool
      ? new PostgresDialect({ pool })
      : new SqliteDialect({ database: sqlite as SQLite.Database }),
    log,
  });

  async function planOf(q: Logged): Promise<string> {
    if (sqlite)
      return (sqlite.prepare(`explain query plan ${q.sql}`).all(...q.parameters) as { detail: string }[])
        .map((r) => `    ${r.detail}`)
        .join('\n');
    const rows = await pool?.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, buffers) ${q.sql}`,
      q.parameters as unknown[],
    );
    return (rows?.rows ?? []).map((r) => `    ${r['QUERY PLAN']}`).join('\n');
  }

  /** Runs a request's service warm, then once logged, and prints its slow statements with their plans. */
  async function explain(name: string, run: () => Promise<unknown>) {
    for (let i = 0; i < options.warm; i++) await run();
    logged = [];
    const t = performance.now();
    await run();
    const total = performance.now() - t;
    const statements = logged;
    const sum = statements.reduce((s, q) => s + q.ms, 0);
    console.log(
      `\n## ${name}: ${total.toFixed(1)} ms, ${statements.length} statements, ${sum.toFixed(1)} ms in the database`,
    );
    for (const q of statements.filter((s) => s.ms >= options.minMs)) {
      console.log(`  ${q.ms.toFixed(1)} ms  ${q.sql}\n  params ${JSON.stringify(q.parameters)}`);
      console.log(await planOf(q));
    }
  }

  /** What the API would build for this login. */
  async function readerOf(login: string): Promise<Reader> {
    const user = await db
      .selectFrom('users')
      .select(['id', 'workspace_id', 'role'])
      .where('login', '=', login)
      .executeTakeFirstOrThrow();
    const actor = { id: user.id, workspaceId: user.workspace_id, role: user.role };
    console.log(`${url ? 'PostgreSQL' : 'SQLite'}, as ${login} (${user.role})`);
    return { actor, scope: scopeOf(actor), locale: 'zh-CN' };
  }

  return { db, explain, readerOf, close: () => db.destroy() };
}
