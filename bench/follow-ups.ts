// Follow-ups at scale: p50/p95/max of a customer's timeline (a heavy customer and random ones, first and second
// page), Today 今日待办 and the weekly review 每周复盘 of the member owning 5,000 customers, and logging a follow-up
// (POST, with its derived fields and tasks) through the HTTP API, one keep-alive connection, requests one after
// another; then, with the server stopped, the jobs called directly on the database: the derived-refresh runs after a
// cadence change and back (each run timed), refreshFollowUpFields 'all' with nothing to change, search-reindex, and
// the 公海 reclaim over a backlog (each run timed until it is worked off).
// Run on data from bench/generate-customers.ts + bench/generate-follow-ups.ts, after npm run build:
//   npx tsx bench/follow-ups.ts --data-dir /tmp/keyi-fu [--database-url postgres://…/keyi_fu_1m]
// What it writes is undone: logged follow-ups are deleted (with their tasks and history) and the customers'
// derived columns refreshed; reclaimed customers get their owners back; the pool setting is restored.
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { refreshFollowUpFields } from '../src/server/follow-ups/follow-up-fields';
import { loadWorkspaceSettings } from '../src/server/workspaces/workspace-settings';
import { benchJobs } from './follow-up-jobs';
import { BENCH_LOGIN, BENCH_PASSWORD, memoryOf, startServer } from './keyi-server';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    port: { type: 'string', default: '3195' },
    requests: { type: 'string', default: '300' },
    'max-seconds': { type: 'string', default: '30' },
    'today-user': { type: 'string' },
    'today-customers': { type: 'string', default: '5000' },
    'reclaim-days': { type: 'string', default: '90' },
    'skip-jobs': { type: 'boolean', default: false },
    /** Which jobs: cadence (a cadence change and back), all (the full refresh), reindex, reclaim. */
    jobs: { type: 'string', default: 'cadence,all,reindex,reclaim' },
    'skip-http': { type: 'boolean', default: false },
  },
});
if (!values['data-dir']) throw new Error('--data-dir is required (the generators’ data folder)');
const dataDir = path.resolve(values['data-dir']);
const url = values['database-url'];
const maxRequests = Number(values.requests);
const maxMs = Number(values['max-seconds']) * 1000;
const fmt = (n: number) => n.toLocaleString('en');

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
interface Reply {
  status: number;
  body: string;
}
function request(
  base: string,
  method: string,
  pathname: string,
  who: Session,
  body?: unknown,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      `${base}${pathname}`,
      {
        method,
        agent,
        headers: {
          cookie: who.cookie,
          ...(payload && { 'content-type': 'application/json', 'x-keyi-csrf': who.csrf }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

interface Session {
  cookie: string;
  csrf: string;
}
async function logIn(base: string, login: string): Promise<Session> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: BENCH_PASSWORD }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  const body = (await response.json()) as { csrfToken?: string };
  if (!response.ok || !cookie || !body.csrfToken)
    throw new Error(`login as ${login} failed: ${response.status}`);
  return { cookie, csrf: body.csrfToken };
}

/** Runs fn until maxRequests or maxMs (after a short warm-up) and returns each duration in ms. */
async function sample(fn: (i: number) => Promise<void>, warm = 5): Promise<number[]> {
  for (let i = 0; i < warm; i++) await fn(i);
  const times: number[] = [];
  const until = performance.now() + maxMs;
  for (let i = warm; times.length < maxRequests && performance.now() < until; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  return times;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};
const f = (ms: number) =>
  (Number.isNaN(ms) ? '-' : ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0)).padStart(7);

type Row = Record<string, unknown>;

async function main() {
  const server = !values['skip-http']
    ? await startServer({ dataDir, port: Number(values.port), databaseUrl: url })
    : null;
  const stopOnSignal = () => void server?.stop().then(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  // The app's own connection (after the server's first open gathered SQLite's statistics), for picking and jobs.
  const app = openDatabase({ databaseUrl: url ?? null, sqliteFile: path.join(dataDir, 'keyi.db') });
  const { db } = app;
  // With --skip-http no server started (and migrated) the data: migrate it as a start would.
  await migrateToLatest(db);
  const q = async (text: string, params: unknown[] = []) => {
    const compiled = sql.raw(text).compile(db);
    return (await db.executeQuery<Row>({ ...compiled, parameters: params })).rows;
  };
  const ph = (n: number) => (url ? `$${n}` : '?');
  const [owner] = await q(`select id, workspace_id from users where login = '${BENCH_LOGIN}'`);
  if (!owner) throw new Error('no bench owner: run bench/generate-customers.ts first');
  const workspaceId = String(owner.workspace_id);
  const [{ n: followUpCount = 0 } = {}] = await q('select count(*) as n from follow_ups');
  const [{ n: customerCount = 0 } = {}] = await q('select count(*) as n from customers');
  const [{ n: taskCount = 0 } = {}] = await q('select count(*) as n from tasks');
  const label = `${url ? 'PostgreSQL' : 'SQLite'} · ${fmt(Number(customerCount))} customers · ${fmt(Number(followUpCount))} follow-ups · ${fmt(Number(taskCount))} tasks`;

  if (server) {
    const todayUser = values['today-user']
      ? (await q(`select id, login from users where login = ${ph(1)}`, [values['today-user']]))[0]
      : (
          await q(
            `select u.id, u.login from users u join customers c on c.owner_id = u.id and c.deleted_at is null
             where u.role = 'sales' group by u.id, u.login having count(*) = ${Number(values['today-customers'])}
             order by u.login limit 1`,
          )
        )[0];
    if (!todayUser)
      throw new Error('no sales member owns exactly --today-customers customers: pass --today-user');
    const t = performance.now();
    const [heavy] = await q(
      `select customer_id, count(*) as n from follow_ups where deleted_at is null
       group by customer_id order by n desc, customer_id limit 1`,
    );
    if (!heavy) throw new Error('no follow-ups: run bench/generate-follow-ups.ts first');
    const heavyId = String(heavy.customer_id);
    console.log(
      `(picked the heaviest customer, ${fmt(Number(heavy.n))} follow-ups, in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
    );
    // Random live customers, spread over the id range (UUIDv7: creation order).
    const [range] = await q('select min(id) as lo, max(id) as hi from customers');
    const msOf = (id: unknown) => parseInt(String(id).replaceAll('-', '').slice(0, 12), 16);
    const [lo, hi] = [msOf(range?.lo), msOf(range?.hi)];
    const spread = async (n: number, offset: number) => {
      const ids: string[] = [];
      for (let k = 0; k < n; k++) {
        const at = Math.floor(lo + ((hi - lo) * (k + offset)) / n)
          .toString(16)
          .padStart(12, '0');
        const [row] = await q(
          `select id from customers where id >= ${ph(1)} and deleted_at is null order by id limit 1`,
          [`${at.slice(0, 8)}-${at.slice(8)}`],
        );
        if (row) ids.push(String(row.id));
      }
      return ids;
    };
    const randomIds = await spread(300, 0.5);
    const writeIds = await spread(400, 0.25);

    const base = server.base;
    const owner$ = await logIn(base, BENCH_LOGIN);
    const member$ = await logIn(base, String(todayUser.login));
    const get = async (pathname: string, who: Session) => {
      const res = await request(base, 'GET', pathname, who);
      if (res.status !== 200) throw new Error(`${pathname}: ${res.status} ${res.body.slice(0, 300)}`);
      return res.body;
    };
    // Second pages: random customers whose timeline has one (more than 30 items), and the heavy customer's.
    const cursorOf = async (id: string) =>
      (JSON.parse(await get(`/api/v1/customers/${id}/timeline`, owner$)) as { nextCursor: string | null })
        .nextCursor;
    const secondPages: string[] = [];
    for (const id of await spread(3000, 0.75)) {
      const cursor = await cursorOf(id);
      if (cursor) secondPages.push(`/api/v1/customers/${id}/timeline?cursor=${encodeURIComponent(cursor)}`);
      if (secondPages.length >= 300) break;
    }
    const heavyCursor = await cursorOf(heavyId);

    const created: string[] = [];
    const actions = ['电话确认合同条款', '发送产品手册', '预约下次拜访'];
    const methods = ['phone', 'wechat', 'visit', 'email'];
    interface Case {
      name: string;
      target?: number;
      run(i: number): Promise<unknown>;
    }
    const timeline = (id: string, cursor?: string | null) =>
      `/api/v1/customers/${id}/timeline${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`;
    const cases: Case[] = [
      { name: 'GET /api/health (floor, no auth)', run: () => get('/api/health', owner$) },
      { name: 'GET /api/v1/me (auth floor)', run: () => get('/api/v1/me', owner$) },
      {
        name: `timeline, heavy customer (${fmt(Number(heavy.n))})`,
        target: 20,
        run: () => get(timeline(heavyId), owner$),
      },
      {
        name: 'timeline, heavy customer, page 2',
        target: 20,
        run: () => get(timeline(heavyId, heavyCursor), owner$),
      },
      {
        name: 'timeline, random customers',
        target: 20,
        run: (i) => get(timeline(randomIds[i % randomIds.length] ?? heavyId), owner$),
      },
      {
        name: `timeline, random, page 2 (${secondPages.length} ids)`,
        target: 20,
        run: (i) => get(secondPages[i % secondPages.length] ?? timeline(heavyId), owner$),
      },
      {
        name: `GET /today (${String(todayUser.login)}, ${fmt(Number(values['today-customers']))} customers)`,
        target: 100,
        run: () => get('/api/v1/today', member$),
      },
      { name: 'GET /reviews/weekly (same member)', run: () => get('/api/v1/reviews/weekly', member$) },
      {
        name: 'POST /follow-ups (random customers)',
        target: url ? undefined : 15,
        async run(i) {
          const withAction = i % 10 === 0;
          const res = await request(base, 'POST', '/api/v1/follow-ups', owner$, {
            customerId: writeIds[i % writeIds.length],
            method: methods[i % methods.length],
            kind: 'needs',
            summary: `基准测试：电话沟通需求，第 ${i} 次。`,
            attitude: 'neutral',
            ...(withAction && {
              nextActions: [{ text: actions[i % actions.length], dueDate: '2026-12-08' }],
            }),
            ...(i % 7 === 0 && { nextDate: '2026-12-15' }),
          });
          if (res.status !== 201)
            throw new Error(`POST /follow-ups: ${res.status} ${res.body.slice(0, 300)}`);
          created.push((JSON.parse(res.body) as { id: string }).id);
        },
      },
    ];
    console.log(
      `\n${label} · API: 1 keep-alive connection, ≤${maxRequests} requests or ${maxMs / 1000} s per row`,
    );
    console.log(`${'request'.padEnd(44)}     p50     p95     max │ target p95       n`);
    try {
      for (const c of cases) {
        const times = await sample(async (i) => void (await c.run(i)));
        const p95 = pct(times, 95);
        const verdict =
          c.target === undefined ? 'no target' : `${p95 <= c.target ? 'met' : 'MISSED'} (≤${c.target})`;
        console.log(
          `${c.name.padEnd(44)} ${f(pct(times, 50))} ${f(p95)} ${f(Math.max(...times))} │ ${verdict.padEnd(14)} ${String(times.length).padStart(5)}`,
        );
      }
      const mem = memoryOf(server.process.pid ?? 0);
      console.log(
        `server memory: peak ${mem.peakMiB.toFixed(0)} MiB (VmHWM), now ${mem.rssMiB.toFixed(0)} MiB`,
      );
    } finally {
      await server.stop();
      agent.destroy();
    }
    // Undo the logging: the follow-ups (their tasks go with them), their history, then the customers' fields.
    if (created.length) {
      const touched = await db
        .selectFrom('follow_ups')
        .select('customer_id')
        .distinct()
        .where('id', 'in', created)
        .execute();
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('tasks').where('follow_up_id', 'in', created).execute();
        await trx.deleteFrom('history').where('entity_id', 'in', created).execute();
        await trx.deleteFrom('follow_ups').where('id', 'in', created).execute();
        const settings = await loadWorkspaceSettings(trx, workspaceId);
        await refreshFollowUpFields(
          trx,
          workspaceId,
          settings,
          touched.map((r) => r.customer_id),
        );
      });
      console.log(`(removed the ${created.length} logged follow-ups again)`);
    }
  }

  if (!values['skip-jobs'])
    await benchJobs(db, workspaceId, label, {
      jobs: new Set(values.jobs.split(',')),
      reclaimDays: Number(values['reclaim-days']),
    });
  await app.close();
}

await main();
