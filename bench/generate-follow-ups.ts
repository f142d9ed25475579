// Deterministic follow-ups 跟进记录 for the benchmarks, on top of a database made by bench/generate-customers.ts:
// N follow-ups (default 10,000,000) over the last 2 years, a Zipf-like number per customer (most have a few, some
// hundreds), the tasks 待办 their next actions and commitments make (as task-sync.ts makes them), one sales member
// owning exactly 5,000 customers (Today's heavy case), then the customers' derived columns recomputed by the app's own
// refreshFollowUpFields(…, 'all'), timed: the heaviest set-based statement a workspace runs.
// Run (after npm run build and bench/generate-customers.ts on the same data):
//   npx tsx bench/generate-follow-ups.ts --data-dir /tmp/keyi-fu [--follow-ups 10000000]
//      [--database-url postgres://postgres@127.0.0.1:5432/keyi_fu_1m] [--seed keyi-fu] [--replace]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { cadenceOf, DEFAULT_CADENCE, type TCadenceRule } from '../src/domain/cadence';
import type { TGrade } from '../src/domain/assessment';
import { recountAnalyticsSql } from '../src/server/analytics/recount';
import { recountSql } from '../src/server/customers/customer-total';
import { openDatabase } from '../src/server/db/database';
import { refreshFollowUpFields } from '../src/server/follow-ups/follow-up-fields';
import { loadWorkspaceSettings } from '../src/server/workspaces/workspace-settings';
import { pgSink, sqliteSink, type Sink } from './bulk-sink';
import { Random } from './customer-data';
import { compiler } from './customer-queries';
import {
  DAY,
  FOLLOW_UP_COLUMNS,
  plan,
  RowMaker,
  skeletons,
  TASK_COLUMNS,
  type Customers,
  type Skeleton,
  type Users,
} from './follow-up-rows';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    'follow-ups': { type: 'string', default: '10000000' },
    seed: { type: 'string', default: 'keyi-fu' },
    // generate-customers.ts's default: each customer's last follow-up is at or before it.
    until: { type: 'string', default: '2026-11-24T18:00:00+08:00' },
    years: { type: 'string', default: '2' },
    'today-customers': { type: 'string', default: '5000' },
    batch: { type: 'string', default: '20000' },
    replace: { type: 'boolean', default: false },
    /** Only recompute the customers' derived columns (after an interrupted run). */
    'refresh-only': { type: 'boolean', default: false },
  },
});
if (!values['data-dir']) throw new Error('--data-dir is required (generate-customers.ts’s data folder)');
const dataDir = path.resolve(values['data-dir']);
const url = values['database-url'];
const TOTAL = Number(values['follow-ups']);
const UNTIL = Date.parse(values.until);
const FROM = UNTIL - Number(values.years) * 365 * 86_400_000;
const TODAY_CUSTOMERS = Number(values['today-customers']);
const started = performance.now();
const secondsSince = (t: number) => ((performance.now() - t) / 1000).toFixed(1);
const fmt = (n: number) => n.toLocaleString('en');
if (TOTAL >= 2 ** 24)
  throw new Error('at most 16,777,215 follow-ups (the sort key packs the row index in 24 bits)');

type Row = Record<string, unknown>;
const toMs = (v: unknown) => (v instanceof Date ? v.getTime() : typeof v === 'string' ? Date.parse(v) : NaN);

/** Loads a big table in keyset pages (by id) so that neither database materialises it at once. */
async function* pages(sink: Sink, select: string, where: string, params: unknown[]) {
  const ph = (n: number) => (sink.pg ? `$${n}` : '?');
  let after = '';
  for (;;) {
    const rows = await sink.query<Row>(
      `${select} where ${where} and id > ${ph(params.length + 1)} order by id limit 100000`,
      [...params, after],
    );
    if (!rows.length) return;
    yield rows;
    after = String(rows.at(-1)?.id);
  }
}

async function loadUsers(sink: Sink, workspaceId: string): Promise<Users> {
  const ph = sink.pg ? '$1' : '?';
  const rows = await sink.query<{ id: string; role: string }>(
    `select id, role from users where workspace_id = ${ph} order by id`,
    [workspaceId],
  );
  const ids = rows.map((u) => u.id);
  const by = (roles: string[]) => rows.flatMap((u, k) => (roles.includes(u.role) ? [k] : []));
  return {
    ids,
    sellers: by(['owner', 'admin', 'manager', 'sales']),
    service: by(['service']),
    index: new Map(ids.map((id, k) => [id, k])),
  };
}

/**
 * One sales member owns exactly `n` live customers: the one whose count is nearest, topped up from the biggest
 * owner (a spread of their customers, by the random part of the id) or relieved to them. Returns their id.
 */
async function ownExactly(
  sink: Sink,
  workspaceId: string,
  n: number,
): Promise<{ id: string; login: string }> {
  const p = (k: number) => (sink.pg ? `$${k}` : '?');
  const counts = await sink.query<{ id: string; login: string; role: string; n: number }>(
    `select u.id, u.login, u.role, count(c.id) as n from users u
     left join customers c on c.owner_id = u.id and c.deleted_at is null
     where u.workspace_id = ${p(1)} group by u.id, u.login, u.role`,
    [workspaceId],
  );
  const sales = counts.filter((u) => u.role === 'sales').map((u) => ({ ...u, n: Number(u.n) }));
  sales.sort((a, b) => Math.abs(a.n - n) - Math.abs(b.n - n) || a.login.localeCompare(b.login));
  const chosen = sales[0];
  const biggest = counts
    .filter((u) => u.id !== chosen?.id)
    .map((u) => ({ ...u, n: Number(u.n) }))
    .sort((a, b) => b.n - a.n)[0];
  if (!chosen || !biggest) throw new Error('no sales member to give customers to');
  const moveFrom = chosen.n < n ? biggest.id : chosen.id;
  const moveTo = chosen.n < n ? chosen.id : biggest.id;
  const k = Math.abs(chosen.n - n);
  if (k > 0) {
    await sink.run(
      `update customers set owner_id = ${p(1)} where id in (
         select id from customers where workspace_id = ${p(2)} and owner_id = ${p(3)} and deleted_at is null
         order by substr(id, 25), id limit ${k})`,
      [moveTo, workspaceId, moveFrom],
    );
  }
  const [check] = await sink.query<{ n: number }>(
    `select count(*) as n from customers where owner_id = ${p(1)} and deleted_at is null`,
    [chosen.id],
  );
  if (Number(check?.n) !== n) throw new Error(`${chosen.login} owns ${check?.n}, not ${n}`);
  console.log(`${chosen.login} (${chosen.id}) now owns ${fmt(n)} live customers (had ${fmt(chosen.n)})`);
  return chosen;
}

async function loadCustomers(sink: Sink, workspaceId: string, users: Users, cadence: TCadenceRule[]) {
  const ph = (n: number) => (sink.pg ? `$${n}` : '?');
  const tags = new Map<string, string[]>();
  // customer_tags has no id column: read it whole (a quarter of the customers have 1–3 tags).
  for (const t of await sink.query<{ customer_id: string; tag: string }>(
    `select customer_id, tag from customer_tags where workspace_id = ${ph(1)}`,
    [workspaceId],
  )) {
    const list = tags.get(t.customer_id);
    if (list) list.push(t.tag);
    else tags.set(t.customer_id, [t.tag]);
  }
  const ids: string[] = [];
  const created: number[] = [];
  const last: number[] = [];
  const owner: number[] = [];
  const afterSales: number[] = [];
  const days: number[] = [];
  const select = 'select id, created_at, last_follow_up_at, owner_id, type, grade, stage from customers';
  for await (const rows of pages(sink, select, `workspace_id = ${ph(1)}`, [workspaceId])) {
    for (const c of rows) {
      const id = String(c.id);
      ids.push(id);
      created.push(toMs(c.created_at));
      last.push(c.last_follow_up_at === null ? NaN : toMs(c.last_follow_up_at));
      owner.push(c.owner_id === null ? -1 : (users.index.get(String(c.owner_id)) ?? -1));
      afterSales.push(c.type === 'customer' || c.type === 'repeat' ? 1 : 0);
      const rule = cadenceOf(cadence, {
        grade: (c.grade as TGrade | null) ?? null,
        stage: (c.stage as string | null) ?? null,
        tags: tags.get(id) ?? [],
      });
      days.push(rule?.days ?? 0);
    }
  }
  const index = new Map(ids.map((id, k) => [id, k]));
  const contact: (string | null)[] = new Array<string | null>(ids.length).fill(null);
  const primary = sink.pg ? 'is_primary' : 'is_primary = 1';
  for await (const rows of pages(
    sink,
    'select id, customer_id from contacts',
    `workspace_id = ${ph(1)} and ${primary} and deleted_at is null`,
    [workspaceId],
  )) {
    for (const c of rows) {
      const k = index.get(String(c.customer_id));
      if (k !== undefined) contact[k] = String(c.id);
    }
  }
  return {
    ids,
    createdMs: Float64Array.from(created),
    lastMs: Float64Array.from(last),
    owner: Int16Array.from(owner),
    afterSales: Uint8Array.from(afterSales),
    cadence: Int16Array.from(days),
    contact,
  } satisfies Customers;
}

async function checkColumns(sink: Sink, table: string, keys: string[]) {
  const columns = await sink.columns(table);
  const unknown = keys.filter((k) => !columns.some((c) => c.name === k));
  const missing = columns.filter((c) => c.notNull && !c.hasDefault && !keys.includes(c.name));
  const unset = columns.filter((c) => !keys.includes(c.name));
  if (unknown.length || missing.length || unset.length)
    throw new Error(
      `${table}: generator out of step with the schema (unknown ${unknown.join(', ') || '-'}; missing ${[...missing, ...unset].map((c) => c.name).join(', ') || '-'})`,
    );
}

async function load(sink: Sink, workspaceId: string, c: Customers, users: Users, s: Skeleton, seed: string) {
  const total = s.customer.length;
  const base = Math.floor((Math.min(...c.createdMs.subarray(0, 1)) - DAY) / 1000);
  const keys = new Float64Array(total);
  for (let k = 0; k < total; k++) keys[k] = (Math.floor((s.createdMs[k] ?? 0) / 1000) - base) * 2 ** 24 + k;
  keys.sort();
  const maker = new RowMaker(c, users, s, { seed, workspaceId, pg: sink.pg, until: UNTIL });
  const batchSize = Number(values.batch);
  let followUps: unknown[][] = [];
  let tasks: unknown[][] = [];
  let taskCount = 0;
  let written = 0;
  const loadStart = performance.now();
  const write = async (fu: unknown[][], ts: unknown[][]) => {
    await sink.exec('begin');
    await sink.insert('follow_ups', FOLLOW_UP_COLUMNS, fu);
    await sink.insert('tasks', TASK_COLUMNS, ts);
    await sink.exec('commit');
    written += fu.length;
    taskCount += ts.length;
    if (written % 500_000 < fu.length || written === total) {
      const sec = (performance.now() - loadStart) / 1000;
      console.log(
        `${fmt(written)} follow-ups, ${fmt(taskCount)} tasks  ${sec.toFixed(0)} s  ${fmt(Math.round(written / sec))} follow-ups/s  ${fmt(Math.round((written + taskCount) / sec))} rows/s`,
      );
    }
  };
  let writing = Promise.resolve();
  for (let n = 0; n < total; n++) {
    const k = (keys[n] ?? 0) % 2 ** 24;
    const row = maker.make(k);
    followUps.push(row.followUp);
    tasks.push(...row.tasks);
    if (sink.pg && n % 2000 === 0) await new Promise((resolve) => setImmediate(resolve));
    if (followUps.length === batchSize || n === total - 1) {
      await writing;
      const [fu, ts] = [followUps, tasks];
      [followUps, tasks] = [[], []];
      // PostgreSQL writes in its own process: make the next batch meanwhile.
      writing = write(fu, ts);
      if (!sink.pg) await writing;
    }
  }
  await writing;
  return { sequences: maker.sequences, tasks: taskCount, seconds: secondsSince(loadStart) };
}

/**
 * The customers' derived columns by the app's own set-based statements (a SQLite open first gathers the planner's
 * statistics). SQLite gets a loader's 1 GiB page cache here: with the app's default (2 MB) the first computation,
 * which changes every row, spills and rewrites index pages for half an hour.
 */
async function derive(workspaceId: string, customers: number): Promise<string> {
  let t = performance.now();
  const app = openDatabase({ databaseUrl: url ?? null, sqliteFile: path.join(dataDir, 'keyi.db') });
  if (!url) await sql`pragma cache_size = -1048576`.execute(app.db);
  const settings = await loadWorkspaceSettings(app.db, workspaceId);
  console.log(`opened the database as the app does in ${secondsSince(t)} s`);
  t = performance.now();
  await refreshFollowUpFields(app.db, workspaceId, settings, 'all');
  const seconds = secondsSince(t);
  console.log(`refreshFollowUpFields(all) over ${fmt(customers)} customers: ${seconds} s`);
  // The server's first start gathered SQLite's statistics while these columns were still empty; a database that
  // grew by use would know their spread (PostgreSQL analyses customers after its indexes come back, below).
  if (!url) await sql`analyze customers`.execute(app.db);
  await app.close();
  return seconds;
}

async function main() {
  const sink = url ? await pgSink(url) : sqliteSink(path.join(dataDir, 'keyi.db'));
  const p = (k: number) => (sink.pg ? `$${k}` : '?');
  const [ws] = await sink.query<{ id: string; time_zone: string }>('select id, time_zone from workspaces');
  if (!ws) throw new Error('no workspace: run bench/generate-customers.ts first');
  if (values['refresh-only']) {
    const [n] = await sink.query<{ n: number }>('select count(*) as n from customers');
    await sink.close();
    await derive(ws.id, Number(n?.n));
    return;
  }
  if (ws.time_zone !== 'Asia/Shanghai')
    throw new Error(`time zone ${ws.time_zone}: only Asia/Shanghai is handled`);
  const [existing] = await sink.query<{ n: number }>('select count(*) as n from follow_ups');
  if (Number(existing?.n) > 0) {
    if (!values.replace) throw new Error(`${fmt(Number(existing?.n))} follow-ups exist: pass --replace`);
    await sink.exec(`delete from tasks where follow_up_id is not null`);
    await sink.exec(`delete from follow_ups`);
    await sink.exec(`delete from number_sequences where name like 'G%'`);
  }
  const [wsRow] = await sink.query<{ settings: unknown }>(
    `select settings from workspaces where id = ${p(1)}`,
    [ws.id],
  );
  const stored = (typeof wsRow?.settings === 'string' ? JSON.parse(wsRow.settings) : wsRow?.settings) as {
    cadence?: TCadenceRule[];
  };
  const cadence = stored?.cadence ?? DEFAULT_CADENCE;

  const r = new Random(values.seed);
  // PostgreSQL writes a whole new row version into each of the customers' ~30 indexes (trigram GIN included) for
  // every updated row: a bulk update of a million rows takes tens of minutes. As for the load, they go and come back.
  const customerIndexes = sink.pg ? await sink.dropIndexes(['customers']) : [];
  const todayUser = await ownExactly(sink, ws.id, TODAY_CUSTOMERS);
  // 公海 counts from the day the owner got the customer (as the tasks migration set it for existing customers).
  await sink.exec(
    `update customers set owner_since = ${sink.pg ? `to_char(created_at, 'YYYY-MM-DD')` : 'substr(created_at, 1, 10)'}
     where owner_id is not null and owner_since is null`,
  );
  const users = await loadUsers(sink, ws.id);
  let t = performance.now();
  const customers = await loadCustomers(sink, ws.id, users, cadence);
  console.log(`read ${fmt(customers.ids.length)} customers in ${secondsSince(t)} s`);
  t = performance.now();
  const counts = plan(r, customers, TOTAL, FROM);
  const skeleton = skeletons(r, customers, counts, users, TOTAL, FROM);
  const sorted = [...counts].sort((a, b) => b - a);
  const q = (f: number) => sorted[Math.floor(f * customers.ids.filter((_, i) => counts[i]).length)] ?? 0;
  console.log(
    `planned ${fmt(TOTAL)} follow-ups in ${secondsSince(t)} s: per followed-up customer max ${sorted[0]}, p99 ${q(0.01)}, p90 ${q(0.1)}, median ${q(0.5)}; ${fmt(sorted.filter((n) => n >= 100).length)} customers with ≥ 100`,
  );

  await checkColumns(sink, 'follow_ups', FOLLOW_UP_COLUMNS);
  await checkColumns(sink, 'tasks', TASK_COLUMNS);
  const dropped = await sink.dropIndexes(['follow_ups', 'tasks']);
  console.log(`dropped ${dropped.length} secondary indexes of follow_ups and tasks for the load`);
  // What the triggers keep is counted afresh below, as after PostgreSQL's load with them off.
  const triggers = await sink.dropTriggers(['follow_ups', 'tasks']);
  const loaded = await load(sink, ws.id, customers, users, skeleton, values.seed);
  const seqRows = [...loaded.sequences].map(([name, value]) => [ws.id, name, value]);
  await sink.insert('number_sequences', ['workspace_id', 'name', 'value'], seqRows);
  const indexStart = performance.now();
  for (const index of dropped) {
    const ti = performance.now();
    await sink.exec(index.sql);
    console.log(`  index ${index.name} ${secondsSince(ti)} s`);
  }
  const indexSeconds = secondsSince(indexStart);
  for (const trigger of triggers) await sink.exec(trigger);
  // Statistics first: without them PostgreSQL joined ten million follow-ups to their customers by index, row by row.
  if (sink.pg) {
    t = performance.now();
    await sink.exec('vacuum analyze follow_ups');
    await sink.exec('vacuum analyze tasks');
    await sink.exec('vacuum analyze customers');
    console.log(`vacuum analyze ${secondsSince(t)} s`);
  }
  // Owners moved for the 5,000-customer member: the kept totals are counted afresh (the load ran with triggers
  // off), as generate-customers.ts does.
  await sink.exec('delete from customer_counts');
  // So are the follow-ups per day that analytics reads.
  t = performance.now();
  for (const statement of [...recountSql(ws.id), ...recountAnalyticsSql(ws.id, { pg: sink.pg })]) {
    const compiled = statement.compile(compiler(sink.pg));
    await sink.run(compiled.sql, [...compiled.parameters]);
  }
  console.log(`recounted the customers' and the follow-ups' kept counts in ${secondsSince(t)} s`);
  await sink.finish();
  await sink.close();

  const refreshSeconds = await derive(ws.id, customers.ids.length);
  if (url && customerIndexes.length) {
    t = performance.now();
    const again = await pgSink(url);
    for (const index of customerIndexes) await again.exec(index.sql);
    await again.exec('vacuum analyze customers');
    await again.close();
    console.log(`recreated ${customerIndexes.length} customer indexes and analysed in ${secondsSince(t)} s`);
  }
  const size = url
    ? ''
    : `, file ${(fs.statSync(path.join(dataDir, 'keyi.db')).size / 2 ** 30).toFixed(2)} GiB`;
  console.log(
    `done: ${fmt(TOTAL)} follow-ups, ${fmt(loaded.tasks)} tasks; load ${loaded.seconds} s, indexes ${indexSeconds} s, refresh ${refreshSeconds} s, total ${secondsSince(started)} s${size}; Today user ${todayUser.login}`,
  );
}

await main();
