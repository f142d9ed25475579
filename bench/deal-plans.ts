// Why a deals or receivables request is slow: calls the app's own services (the board, a column's second page, the
// deal list, the receivables views, the project list) on a Kysely whose log records every statement with its time,
// then prints each request's statements slower than --min-ms with the database's plan: EXPLAIN QUERY PLAN (SQLite) or
// EXPLAIN (ANALYZE, BUFFERS) (PostgreSQL). The figures come from bench/deals.ts; this says where they go.
// Run on the data of bench/generate-deals.ts (stop any server on it first for clean timings):
//   npx tsx bench/deal-plans.ts --data-dir /tmp/keyi-deals [--database-url postgres://…/keyi_deals] [--as u017]
import { parseArgs } from 'node:util';
import {
  dealBoard,
  dealBoardColumn,
  ZBoardQuery,
  ZColumnQuery,
} from '../src/server/deals/deal-board.service';
import { listDeals, ZDealListQuery } from '../src/server/deals/deal-list.service';
import { listProjects, ZProjectListQuery } from '../src/server/projects/project-list.service';
import { listReceivables, ZReceivablesQuery } from '../src/server/projects/receivables.service';
import { BENCH_LOGIN } from './keyi-server';
import { openStatementLog } from './statement-log';

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
const url = values['database-url'];
const { db, explain, readerOf, close } = await openStatementLog({
  dataDir: values['data-dir'],
  url,
  minMs: Number(values['min-ms']),
  warm: Number(values.warm),
});

async function main() {
  const reader = await readerOf(values.as);
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
  await close();
}
