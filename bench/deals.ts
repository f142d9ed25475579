// Deals and receivables at scale: p50/p95/max of the deal board 商机看板 (whole workspace for the owner, and for the
// sales member with the most customers), "load more" of a column (its second page), the deal list, the receivables
// view 应收 (due, overdue and its second page, this week, by customer) for both, and the project list, through the
// HTTP API on one keep-alive connection, requests one after another; then the server's peak memory.
// Run on data from bench/generate-customers.ts + bench/generate-deals.ts, after npm run build:
//   npx tsx bench/deals.ts --data-dir /tmp/keyi-deals [--database-url postgres://…/keyi_deals]
// Only reads: nothing to undo (the server's own jobs run as usual; a first start sends payment reminders).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase } from '../src/server/db/database';
import { busiestMember } from './busiest-member';
import { Client, printTimings, type Session } from './http-timing';
import { BENCH_LOGIN, memoryOf, startServer } from './keyi-server';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    port: { type: 'string', default: '3194' },
    requests: { type: 'string', default: '300' },
    'max-seconds': { type: 'string', default: '30' },
    /** The sales member; default: the one owning the most live customers. */
    member: { type: 'string' },
  },
});
if (!values['data-dir']) throw new Error('--data-dir is required (the generators’ data folder)');
const dataDir = path.resolve(values['data-dir']);
const url = values['database-url'];
const limits = { maxRequests: Number(values.requests), maxMs: Number(values['max-seconds']) * 1000 };
const fmt = (n: number) => n.toLocaleString('en');
/** Issue 5's targets: the board and the receivables view answer within 100 ms at p95. */
const TARGET = 100;

interface Board {
  columns: { stage: string; count: number; nextCursor: string | null }[];
}
interface Page {
  nextCursor: string | null;
  total?: number;
  totalCapped?: boolean;
}

interface Case {
  name: string;
  target?: number;
  path: string;
  who: Session;
}

/** What the data holds and who the sales member is, read directly (the server's first open gathered statistics). */
async function survey() {
  const app = openDatabase({ databaseUrl: url ?? null, sqliteFile: path.join(dataDir, 'keyi.db') });
  const { db } = app;
  try {
    const count = async (table: 'deals' | 'projects' | 'installments' | 'customers') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select(sql<number>`count(*)`.as('n'))
            .executeTakeFirst()
        )?.n,
      );
    const chosen = await busiestMember(db, values.member);
    const memberDeals = await db
      .selectFrom('deals')
      .innerJoin('customers', 'customers.id', 'deals.customer_id')
      .select(sql<number>`count(*)`.as('n'))
      .where('customers.owner_id', '=', chosen.id)
      .executeTakeFirst();
    return {
      deals: await count('deals'),
      projects: await count('projects'),
      installments: await count('installments'),
      customers: await count('customers'),
      member: { login: chosen.login, customers: chosen.customers, deals: Number(memberDeals?.n) },
    };
  } finally {
    await app.close();
  }
}

const total = (p: Page) => (p.totalCapped ? `${fmt(p.total ?? 0)}+` : fmt(p.total ?? 0));

/** The board's and the views' first pages, for the cursors of their second pages and the sizes in the labels. */
async function casesFor(client: Client, who: Session, role: string): Promise<Case[]> {
  const board = await client.get<Board>('/api/v1/deals/board?limit=20', who);
  const column = (stage: string) => board.columns.find((c) => c.stage === stage);
  const open = board.columns.filter((c) => c.stage !== 'won' && c.stage !== 'lost');
  const cases: Case[] = [
    {
      name: `board, ${role} (open ${open.map((c) => fmt(c.count)).join('/')}, won ${fmt(column('won')?.count ?? 0)}, lost ${fmt(column('lost')?.count ?? 0)})`,
      target: TARGET,
      path: '/api/v1/deals/board?limit=20',
      who,
    },
  ];
  for (const stage of ['lead', 'won']) {
    const cursor = column(stage)?.nextCursor;
    if (cursor)
      cases.push({
        name: `board column ${stage}, page 2, ${role}`,
        target: TARGET,
        path: `/api/v1/deals/board/column?stage=${stage}&limit=20&cursor=${encodeURIComponent(cursor)}`,
        who,
      });
  }
  const list = await client.get<Page>('/api/v1/deals', who);
  cases.push({ name: `GET /deals, ${role} (${total(list)})`, path: '/api/v1/deals', who });
  for (const view of ['due', 'overdue', 'week', 'customer']) {
    const first = `/api/v1/receivables?view=${view}`;
    const page = await client.get<Page>(first, who);
    cases.push({ name: `receivables ${view}, ${role} (${total(page)})`, target: TARGET, path: first, who });
    if (view === 'overdue' && page.nextCursor)
      cases.push({
        name: `receivables overdue, page 2, ${role}`,
        target: TARGET,
        path: `${first}&cursor=${encodeURIComponent(page.nextCursor)}`,
        who,
      });
  }
  const projects = await client.get<Page>('/api/v1/projects', who);
  cases.push({ name: `GET /projects, ${role} (${total(projects)})`, path: '/api/v1/projects', who });
  return cases;
}

async function main() {
  const server = await startServer({ dataDir, port: Number(values.port), databaseUrl: url });
  const stopOnSignal = () => void server.stop().then(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  const client = new Client(server.base);
  try {
    const data = await survey();
    const owner = await client.logIn(BENCH_LOGIN);
    const member = await client.logIn(data.member.login);
    const cases: Case[] = [
      { name: 'GET /api/health (floor, no auth)', path: '/api/health', who: owner },
      { name: 'GET /api/v1/me (auth floor)', path: '/api/v1/me', who: owner },
      ...(await casesFor(client, owner, 'owner')),
      ...(await casesFor(client, member, data.member.login)),
    ];
    console.log(
      `\n${url ? 'PostgreSQL' : 'SQLite'} · ${fmt(data.customers)} customers · ${fmt(data.deals)} deals · ${fmt(data.projects)} projects · ${fmt(data.installments)} installments · API: 1 keep-alive connection, ≤${limits.maxRequests} requests or ${limits.maxMs / 1000} s per row`,
    );
    console.log(
      `sales member ${data.member.login}: ${fmt(data.member.customers)} customers, ${fmt(data.member.deals)} deals`,
    );
    await printTimings(client, cases, limits, 58);
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
