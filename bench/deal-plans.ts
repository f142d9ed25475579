// Why a deals or receivables request is slow: calls the app's own services (the board, a column's second page, the
// deal list, the receivables views, the project list) on a Kysely whose log records every statement with its time,
// then prints each request's statements slower than --min-ms with the database's plan: EXPLAIN QUERY PLAN (SQLite) or
// EXPLAIN (ANALYZE, BUFFERS) (PostgreSQL). The figures come from bench/deals.ts; this says where they go.
// Run on the data of bench/generate-deals.ts (stop any server on it first for clean timings):
//   npx tsx bench/deal-plans.ts --data-dir /tmp/keyi-deals [--database-url postgres://…/keyi_deals] [--as u017]
import path from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import type { Reader } from '../src/server/customers/customer-context';
import { openDatabase } from '../src/server/db/database';
import type { Database } from '../src/server/db/schema';
import {
  dealBoard,
  dealBoardColumn,
  ZBoardQuery,
  ZColumnQuery,
} from '../src/server/deals/deal-board.service';
import { listDeals, ZDealListQuery } from '../src/server/deals/deal-list.service';
import { scopeOf } from '../src/server/http/policy';
import { listProjects, ZProjectListQuery } from '../src/server/projects/project-list.service';
import { listReceivables, ZReceivablesQuery } from '../src/server/projects/receivables.service';
import { BENCH_LOGIN } from './keyi-server';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    /** Whose view: a login (default the owner). */
    as: { type: 'string', default: BENCH_LOGIN },
    'min-ms': { type: 'string', default: '5' },
    /** Runs of each request before the one that is logged (warm caches, as in the API benchmark). */
    warm: { type: 'string', default: '2' },
  },
});
if (!values['data-dir']) throw new Error('--data-dir is required');
const file = path.join(path.resolve(values['data-dir']), 'keyi.db');
const url = values['database-url'];
// openDatabase sets the pg type parsers the services expect; it also gathers SQLite's statistics if missing.
await openDatabase({ databaseUrl: url ?? null, sqliteFile: file }).close();

interface Logged {
  sql: string;
  parameters: readonly unknown[];
  ms: number;
}
let logged: Logged[] = [];
const log = (event: LogEvent) => {
  if (event.level === 'query')
    logged.push({ sql: event.query.sql, parameters: event.query.parameters, ms: event.queryDurationMillis });
};
const sqlite = url ? null : new SQLite(file, { readonly: true });
const pool = url ? new pg.Pool({ connectionString: url, max: 10 }) : null;
const db = new Kysely<Database>({
  dialect: pool ? new PostgresDialect({ pool }) : new SqliteDialect({ database: sqlite as SQLite.Database }),
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
  for (let i = 0; i < Number(values.warm); i++) await run();
  logged = [];
  const t = performance.now();
  await run();
  const total = performance.now() - t;
  const statements = logged;
  const sum = statements.reduce((s, q) => s + q.ms, 0);
  console.log(
    `\n## ${name}: ${total.toFixed(1)} ms, ${statements.length} statements, ${sum.toFixed(1)} ms in the database`,
  );
  for (const q of statements.filter((s) => s.ms >= Number(values['min-ms']))) {
    console.log(`  ${q.ms.toFixed(1)} ms  ${q.sql}\n  params ${JSON.stringify(q.parameters)}`);
    console.log(await planOf(q));
  }
}

async function main() {
  const user = await db
    .selectFrom('users')
    .select(['id', 'workspace_id', 'role'])
    .where('login', '=', values.as)
    .executeTakeFirstOrThrow();
  const actor = { id: user.id, workspaceId: user.workspace_id, role: user.role };
  const reader: Reader = { actor, scope: scopeOf(actor), locale: 'zh-CN' };
  console.log(`${url ? 'PostgreSQL' : 'SQLite'}, as ${values.as} (${user.role})`);
  const board = await dealBoard(db, reader, ZBoardQuery.parse({ limit: 20 }));
  await explain('board', () => dealBoard(db, reader, ZBoardQuery.parse({ limit: 20 })));
  for (const stage of ['lead', 'won']) {
    const cursor = board.columns.find((c) => c.stage === stage)?.nextCursor;
    if (cursor)
      await explain(`board column ${stage}, page 2`, () =>
        dealBoardColumn(db, reader, ZColumnQuery.parse({ stage, limit: 20, cursor })),
      );
  }
  await explain('deal list', () => listDeals(db, reader, ZDealListQuery.parse({})));
  for (const view of ['due', 'overdue', 'week', 'customer'])
    await explain(`receivables ${view}`, () =>
      listReceivables(db, reader, ZReceivablesQuery.parse({ view })),
    );
  await explain('project list', () => listProjects(db, reader, ZProjectListQuery.parse({})));
}

try {
  await main();
} finally {
  await db.destroy();
}
