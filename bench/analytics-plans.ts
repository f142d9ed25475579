// Why an analytics request is slow: runs the dashboard and each report through the app's own services on a Kysely
// that logs every statement, and prints the slow ones with their plans (bench/statement-log.ts). The figures come
// from bench/analytics.ts; this says where they go.
//   npx tsx bench/analytics-plans.ts --data-dir /tmp/keyi-an [--database-url postgres://…] [--as u017] [--period year]
import { parseArgs } from 'node:util';
import { ZAnalyticsQuery } from '../src/domain/analytics';
import { REPORTS } from '../src/server/analytics/analytics.routes';
import { BENCH_LOGIN } from './keyi-server';
import { openStatementLog } from './statement-log';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    as: { type: 'string', default: BENCH_LOGIN },
    period: { type: 'string', default: 'year' },
    /** Report names (comma-separated); default all. */
    only: { type: 'string' },
    'min-ms': { type: 'string', default: '20' },
    warm: { type: 'string', default: '1' },
  },
});
if (!values['data-dir']) throw new Error('--data-dir is required');
const { db, explain, readerOf, close } = await openStatementLog({
  dataDir: values['data-dir'],
  url: values['database-url'],
  minMs: Number(values['min-ms']),
  warm: Number(values.warm),
});

try {
  const reader = await readerOf(values.as);
  const query = ZAnalyticsQuery.parse({ period: values.period });
  for (const [name, report] of Object.entries(REPORTS)) {
    if (values.only && !values.only.split(',').includes(name)) continue;
    await explain(`${name} ${values.period}`, () => report.build(db, reader, query as never));
  }
} finally {
  await close();
}
