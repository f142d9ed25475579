// Analytics at scale: p50/p95/max of the dashboard 数据看板 (this month, this quarter, this year) and of every report
// (this year; the funnel and the monthly table also this month), for the owner (whole workspace) and for the sales
// member with the most customers, through the HTTP API on one keep-alive connection, one request after another;
// then the server's peak memory.
// Run on data from bench/generate-customers.ts + generate-follow-ups.ts + generate-deals.ts, after npm run build:
//   npx tsx bench/analytics.ts --data-dir /tmp/keyi-an [--database-url postgres://…] [--only funnel,churn] [--settle 900]
// Only reads, besides what the server's own jobs write as usual (the analytics-months job keeps closed months;
// the bench waits for them first, as on a server that has been running).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase } from '../src/server/db/database';
import { busiestMember } from './busiest-member';
import { Client, printTimings, type Session } from './http-timing';
import { BENCH_LOGIN, memoryOf, startServer, waitUntilIdle } from './keyi-server';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    port: { type: 'string', default: '3195' },
    requests: { type: 'string', default: '100' },
    'max-seconds': { type: 'string', default: '20' },
    member: { type: 'string' },
    /** Requests before the timed ones, per row (a report taking seconds needs fewer). */
    warm: { type: 'string', default: '5' },
    /** Seconds to wait at most for the server's job to count the kept months, as on a server that has been running. */
    settle: { type: 'string', default: '900' },
    /** Report names to run (comma-separated); default all. */
    only: { type: 'string' },
  },
});
if (!values['data-dir']) throw new Error('--data-dir is required (the generators’ data folder)');
const dataDir = path.resolve(values['data-dir']);
const url = values['database-url'];
const limits = { maxRequests: Number(values.requests), maxMs: Number(values['max-seconds']) * 1000 };
const only = values.only?.split(',');
const fmt = (n: number) => n.toLocaleString('en');
/** Issue 6's target: every dashboard tile and report within 300 ms at p95. */
const TARGET = 300;

const REPORTS = [
  'monthly',
  'funnel',
  'source-channels',
  'methods',
  'sales-cycle',
  'churn',
  'repurchase',
  'order-value',
  'leaderboard',
  'receivables-ageing',
  'health',
];

async function survey() {
  const app = openDatabase({ databaseUrl: url ?? null, sqliteFile: path.join(dataDir, 'keyi.db') });
  try {
    const count = async (table: 'customers' | 'follow_ups' | 'deals' | 'payments') =>
      Number(
        (
          await app.db
            .selectFrom(table)
            .select(sql<number>`count(*)`.as('n'))
            .executeTakeFirst()
        )?.n,
      );
    return {
      customers: await count('customers'),
      followUps: await count('follow_ups'),
      deals: await count('deals'),
      payments: await count('payments'),
      member: await busiestMember(app.db, values.member),
    };
  } finally {
    await app.close();
  }
}

function casesFor(who: Session, role: string) {
  const cases: { name: string; path: string; who: Session; target: number }[] = [];
  const wanted = (name: string) => !only || only.includes(name);
  if (wanted('dashboard'))
    for (const period of ['month', 'quarter', 'year'])
      cases.push({
        name: `dashboard ${period}, ${role}`,
        path: `/api/v1/analytics/dashboard?period=${period}`,
        who,
        target: TARGET,
      });
  for (const report of REPORTS) {
    if (!wanted(report) || (report === 'leaderboard' && role !== 'owner')) continue;
    const periods = report === 'funnel' || report === 'monthly' ? ['month', 'year'] : ['year'];
    for (const period of periods)
      cases.push({
        name: `${report} ${period}, ${role}`,
        path: `/api/v1/analytics/${report}?period=${period}`,
        who,
        target: TARGET,
      });
  }
  return cases;
}

/**
 * Waits until the analytics-months job has kept twelve months of every report, or gives up: the funnel is the last
 * it counts (analytics/warm-months.ts), so its twelfth month means the job is done and the server idle.
 */
async function settle(seconds: number) {
  const app = openDatabase({ databaseUrl: url ?? null, sqliteFile: path.join(dataDir, 'keyi.db') });
  const started = Date.now();
  try {
    for (;;) {
      const row = await app.db
        .selectFrom('analytics_months')
        .select(sql<number>`count(*)`.as('n'))
        .where('figures', '<>', 'pending')
        .where('report', '=', 'funnel')
        .executeTakeFirst();
      const kept = Number(row?.n ?? 0);
      const waited = Math.round((Date.now() - started) / 1000);
      if (kept >= 12 || waited >= seconds) {
        console.log(`kept months of the funnel (the job's last report): ${kept} after ${waited} s`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    }
  } finally {
    await app.close();
  }
}

async function main() {
  const server = await startServer({ dataDir, port: Number(values.port), databaseUrl: url });
  const stopOnSignal = () => void server.stop().then(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  const client = new Client(server.base);
  try {
    await settle(Number(values.settle));
    console.log(`server idle after ${await waitUntilIdle(server.process.pid!, Number(values.settle))} s`);
    const data = await survey();
    const owner = await client.logIn(BENCH_LOGIN);
    const member = await client.logIn(data.member.login);
    const cases = [...casesFor(owner, 'owner'), ...casesFor(member, data.member.login)];
    console.log(
      `\n${url ? 'PostgreSQL' : 'SQLite'} · ${fmt(data.customers)} customers · ${fmt(data.followUps)} follow-ups · ${fmt(data.deals)} deals · ${fmt(data.payments)} payments · ≤${limits.maxRequests} requests or ${limits.maxMs / 1000} s per row`,
    );
    console.log(`sales member ${data.member.login}: ${fmt(data.member.customers)} customers`);
    await printTimings(client, cases, limits, 44, Number(values.warm));
    const mem = memoryOf(server.process.pid ?? 0);
    console.log(
      `server memory: peak ${mem.peakMiB.toFixed(0)} MiB (VmHWM), now ${mem.rssMiB.toFixed(0)} MiB`,
    );
  } finally {
    client.close();
    await server.stop();
  }
}

await main();
