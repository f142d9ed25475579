// Customers at scale: p50/p95 of the list, filters, sorts, searches, the card and a count through the HTTP API
// (one keep-alive connection, requests one after another), the same SQL run directly beside each, requests/s of
// the default list with 10 connections, and the server's peak memory.
// Run on data from bench/generate-customers.ts, after npm run build:
//   npx tsx bench/customers.ts --data-dir /tmp/keyi-100k [--database-url postgres://…/keyi_cust_100k]
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { Scope } from '../src/server/http/policy';
import { cardSql, groupCountSql, listSql, openRaw, type RawDb, type SqlTiming } from './customer-queries';
import { logIn, memoryOf, startServer } from './keyi-server';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    port: { type: 'string', default: '3196' },
    requests: { type: 'string', default: '300' },
    'max-seconds': { type: 'string', default: '5' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    'show-sql': { type: 'boolean', default: false },
  },
});
if (!values['data-dir']) throw new Error('--data-dir is required (the generator’s data folder)');
const dataDir = path.resolve(values['data-dir']);
const url = values['database-url'];
const maxRequests = Number(values.requests);
const maxMs = Number(values['max-seconds']) * 1000;

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function get(base: string, pathname: string, cookie: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}${pathname}`, { agent, headers: { cookie } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
  });
}

/** Runs fn until maxRequests or maxMs (after a bounded warm-up) and returns each duration in ms. */
async function sample<T>(fn: () => Promise<T>, onEach?: (r: T, ms: number) => void): Promise<number[]> {
  const warmUntil = performance.now() + Math.min(2000, maxMs / 2);
  for (let i = 0; i < 10 && performance.now() < warmUntil; i++) await fn();
  const times: number[] = [];
  const until = performance.now() + maxMs;
  while (times.length < maxRequests && performance.now() < until) {
    const t = performance.now();
    const r = await fn();
    const ms = performance.now() - t;
    times.push(ms);
    onEach?.(r, ms);
  }
  return times;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};
const f = (ms: number) =>
  (Number.isNaN(ms) ? '-' : ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0)).padStart(7);

interface Case {
  name: string;
  kind: 'list' | 'card' | 'count' | 'floor';
  paths: string[];
  sql: { sql: { page: string; count: string }; run(): Promise<SqlTiming> };
  cookie: 'owner' | 'sales';
}

async function pickCardIds(raw: RawDb, n: number): Promise<string[]> {
  const ph = raw.pg ? '$1' : '?';
  const q = (sql: string, params: unknown[] = []) => raw.query(sql, params);
  const [range] = await q('select min(id) as lo, max(id) as hi from customers');
  const ms = (id: unknown) => parseInt(String(id).replaceAll('-', '').slice(0, 12), 16);
  const lo = ms(range?.lo);
  const hi = ms(range?.hi);
  const ids: string[] = [];
  for (let k = 0; k < n; k++) {
    const at = Math.floor(lo + ((hi - lo) * (k + 0.5)) / n)
      .toString(16)
      .padStart(12, '0');
    const prefix = `${at.slice(0, 8)}-${at.slice(8)}`;
    const [row] = await q(
      `select id from customers where id >= ${ph} and deleted_at is null order by id limit 1`,
      [prefix],
    );
    if (row) ids.push(String(row.id));
  }
  return ids;
}

async function main() {
  // The server first: on a first start it migrates and gathers the planner's statistics, which a SQLite connection
  // reads when it opens, so the raw SQL connection opens after it.
  const server = await startServer({ dataDir, port: Number(values.port), databaseUrl: url });
  const stopOnSignal = () => void server.stop().then(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  const raw = await openRaw(url ? { databaseUrl: url } : { sqliteFile: path.join(dataDir, 'keyi.db') });
  const q = (sql: string) => raw.query(sql);
  const [owner] = await q(`select id, workspace_id from users where login = 'bench'`);
  if (!owner) throw new Error('no bench owner: run bench/generate-customers.ts first');
  const workspaceId = String(owner.workspace_id);
  // The sales member with the most customers: the heaviest scoped list.
  const [seller] = await q(
    `select u.id, u.login, count(*) as n from users u join customers c on c.owner_id = u.id
     where u.role = 'sales' group by u.id, u.login order by n desc limit 1`,
  );
  const [{ n: customerCount = 0 } = {}] = await q('select count(*) as n from customers');
  const count = Number(customerCount);
  if (!seller) throw new Error('no sales member');
  const ownerScope: Scope = { workspaceId, userId: String(owner.id), role: 'owner', ownOnly: false };
  const salesScope: Scope = { workspaceId, userId: String(seller.id), role: 'sales', ownOnly: true };
  const cardIds = await pickCardIds(raw, 200);

  const list = (name: string, params: Record<string, string>, who: 'owner' | 'sales' = 'owner'): Case => ({
    name,
    kind: params.limit === '1' ? 'count' : 'list',
    paths: [`/api/v1/customers?${new URLSearchParams({ limit: '50', ...params })}`],
    sql: listSql(raw, who === 'owner' ? ownerScope : salesScope, { limit: '50', ...params }),
    cookie: who,
  });
  const sellerId = String(seller.id);
  // The floor: what a request costs over loopback HTTP on this machine, without and with authentication.
  const floor = (name: string, pathname: string): Case => ({
    name,
    kind: 'floor',
    paths: [pathname],
    sql: { sql: { page: '', count: '' }, run: async () => ({ totalMs: NaN, countMs: 0 }) },
    cookie: 'owner',
  });
  const cases: Case[] = [
    floor('GET /api/health (no auth, no SQL)', '/api/health'),
    floor('GET /api/v1/me (auth floor)', '/api/v1/me'),
    list('default list (-createdAt)', {}),
    list('filter grade A + wechat', { grade: 'A', sourceChannel: 'wechat' }),
    list('filter 杭州 + customer + 2026', { city: '杭州', type: 'customer', firstContactFrom: '2026-01-01' }),
    list('filter owner + following + tag', { ownerId: sellerId, status: 'following', tag: 'key_prospect' }),
    list('sort -lastFollowUpAt', { sort: '-lastFollowUpAt' }),
    list('sort name', { sort: 'name' }),
    list('search 1 char 王', { q: '王' }),
    list('search 2 chars 张伟', { q: '张伟' }),
    list('search 4 chars 瑞达信息', { q: '瑞达信息' }),
    list('search pinyin initials zs', { q: 'zs' }),
    list('search pinyin zhangwei', { q: 'zhangwei' }),
    list('search phone last 4 6688', { q: '6688' }),
    list('default list, sales member', {}, 'sales'),
    {
      name: 'open a card',
      kind: 'card',
      paths: cardIds.map((id) => `/api/v1/customers/${id}`),
      sql: cardSql(raw, ownerScope, cardIds),
      cookie: 'owner',
    },
    list('count wechat (list limit=1)', { sourceChannel: 'wechat', limit: '1' }),
  ];

  const pid = server.process.pid ?? 0;
  try {
    const cookies = {
      owner: await logIn(server.base),
      sales: await logIn(server.base, String(seller.login)),
    };
    // The grouped count endpoint, where the build has it.
    const counts = await get(server.base, '/api/v1/customers/counts?by=sourceChannel', cookies.owner);
    if (counts.status === 200)
      cases.push({
        name: 'counts by source (/counts)',
        kind: 'count',
        paths: ['/api/v1/customers/counts?by=sourceChannel'],
        sql: groupCountSql(raw, ownerScope, 'sourceChannel'),
        cookie: 'owner',
      });
    const big = count > 300_000;
    const target = (c: Case) => (!big ? (c.kind === 'card' ? 1 : c.kind === 'count' ? 8 : 3) : url ? 50 : 25);
    console.log(
      `${url ? 'PostgreSQL' : 'SQLite'} · ${count.toLocaleString('en')} customers · API: 1 keep-alive connection, ≤${maxRequests} requests or ${maxMs / 1000} s per row · SQL: same statements on one connection`,
    );
    console.log(
      `${'query'.padEnd(31)}${'matches'.padStart(9)}   API p50     p95 │ SQL p50     p95  count │ API/SQL  target p95`,
    );
    for (const c of cases) {
      let i = 0;
      let matches: string | undefined;
      const api = await sample(async () => {
        const p = c.paths[i++ % c.paths.length] ?? '';
        const res = await get(server.base, p, cookies[c.cookie]);
        if (res.status !== 200) throw new Error(`${p}: ${res.status} ${res.body.slice(0, 300)}`);
        if (matches === undefined && c.kind !== 'card') {
          const page = JSON.parse(res.body) as { total?: number; totalCapped?: boolean };
          matches = page.total === undefined ? '' : `${page.total}${page.totalCapped ? '+' : ''}`;
        }
        return res;
      });
      const counts: number[] = [];
      const sql = await sample(
        () => c.sql.run(),
        (r) => counts.push(r.countMs),
      );
      const p95 = pct(api, 95);
      const verdict =
        c.kind === 'floor' ? 'no target' : `${p95 <= target(c) ? 'met' : 'MISSED'} (≤${target(c)})`;
      const line =
        `${c.name.padEnd(31)}${String(matches ?? '').padStart(9)} ${f(pct(api, 50))} ${f(p95)} │${f(pct(sql, 50))} ${f(pct(sql, 95))}` +
        `${c.kind === 'list' || c.kind === 'count' ? f(pct(counts, 50)) : f(NaN)} │ ${c.kind === 'floor' ? '     -' : (pct(api, 50) / pct(sql, 50)).toFixed(1).padStart(6)}  ${verdict}  n=${api.length}`;
      console.log(line);
      if (values['show-sql']) console.log(`    ${c.sql.sql.page}\n    ${c.sql.sql.count}`);
    }
    const first = cases.find((c) => c.name.startsWith('default list'));
    const load = await autocannon({
      url: `${server.base}${first?.paths[0] ?? ''}`,
      connections: Number(values.connections),
      duration: Number(values.seconds),
      headers: { cookie: cookies.owner },
    });
    const rps = load.requests.average;
    const rpsTarget = big ? '' : ` (target ≥ 1,000: ${rps >= 1000 ? 'met' : 'MISSED'})`;
    console.log(
      `default list with ${values.connections} connections, ${values.seconds} s: ${Math.round(rps)} req/s${rpsTarget}, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, errors ${load.errors + load.non2xx}`,
    );
    const mem = memoryOf(pid);
    console.log(
      `server memory: peak ${mem.peakMiB.toFixed(0)} MiB (VmHWM), now ${mem.rssMiB.toFixed(0)} MiB (target peak ≤ 300 MB: ${mem.peakMiB * 1.048576 <= 300 ? 'met' : 'MISSED'})`,
    );
  } finally {
    await server.stop();
    await raw.close();
    agent.destroy();
  }
}

await main();
