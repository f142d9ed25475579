// Deterministic deals 商机 and their delivery for the benchmarks, on top of a database made by
// bench/generate-customers.ts: N deals (default 200,000) on the existing customers, exactly 1,000 open in each open
// stage of the default pipeline and the rest won or lost over the data's three years, with lines and stage changes;
// then projects 交付项目 (default 100,000) on won deals, each with 3–5 milestones, 3 installments (by date or bound to a
// milestone) and the payments received (partial ones too). Derived columns are written as the app keeps them
// (installments' effective due date and received amount, projects' received amount); the customers' won columns,
// type and stage are computed by the app's own refreshDealFields, in batches, timed.
// Run (after npm run build and bench/generate-customers.ts on the same data):
//   npx tsx bench/generate-deals.ts --data-dir /tmp/keyi-deals [--deals 200000] [--projects 100000]
//      [--database-url postgres://postgres@127.0.0.1:5432/keyi_deals] [--seed keyi-deals]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { todayIn } from '../src/domain/dates';
import { weekOf } from '../src/domain/project';
import { openDatabase } from '../src/server/db/database';
import { refreshDealFields } from '../src/server/deals/deal-fields';
import { loadPipeline } from '../src/server/deals/pipeline.service';
import { loadWorkspaceSettings } from '../src/server/workspaces/workspace-settings';
import { pgSink, sqliteSink, type Sink } from './bulk-sink';
import { Random } from './customer-data';
import {
  CHANGE_COLUMNS,
  DAY,
  DEAL_COLUMNS,
  DealMaker,
  LINE_COLUMNS,
  planDeals,
  valuesOf,
  type Customers,
  type Row,
  type WonDeal,
} from './deal-rows';
import {
  INSTALLMENT_COLUMNS,
  MILESTONE_COLUMNS,
  PAYMENT_COLUMNS,
  PROJECT_COLUMNS,
  ProjectMaker,
  projectCreatedMs,
  type ProjectRows,
} from './project-rows';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    deals: { type: 'string', default: '200000' },
    projects: { type: 'string', default: '100000' },
    'open-per-stage': { type: 'string', default: '1000' },
    /** Won share of the closed deals: enough won deals to carry the projects. */
    'won-share': { type: 'string', default: '0.6' },
    seed: { type: 'string', default: 'keyi-deals' },
    // generate-customers.ts's default: no deal before its customer, no payment after the data ends.
    until: { type: 'string', default: '2026-11-24T18:00:00+08:00' },
    years: { type: 'string', default: '3' },
    batch: { type: 'string', default: '10000' },
  },
});
if (!values['data-dir']) throw new Error('--data-dir is required (generate-customers.ts’s data folder)');
const dataDir = path.resolve(values['data-dir']);
const url = values['database-url'];
const UNTIL = Date.parse(values.until);
const FROM = UNTIL - Number(values.years) * 365 * DAY;
const BATCH = Number(values.batch);
const started = performance.now();
const secondsSince = (t: number) => ((performance.now() - t) / 1000).toFixed(1);
const fmt = (n: number) => n.toLocaleString('en');
const toMs = (v: unknown) => (v instanceof Date ? v.getTime() : Date.parse(String(v)));
const DEAL_TABLES = ['deals', 'deal_lines', 'deal_stage_changes'];
const PROJECT_TABLES = ['projects', 'milestones', 'installments', 'payments'];

const openApp = () => openDatabase({ databaseUrl: url ?? null, sqliteFile: path.join(dataDir, 'keyi.db') });

/** The workspace, its payment term, and the default pipeline (written by the app's loadPipeline, as on first use). */
async function prepare() {
  const app = openApp();
  try {
    const ws = await app.db.selectFrom('workspaces').select(['id', 'time_zone']).executeTakeFirst();
    if (!ws) throw new Error('no workspace: run bench/generate-customers.ts first');
    if (ws.time_zone !== 'Asia/Shanghai')
      throw new Error(`time zone ${ws.time_zone}: only Asia/Shanghai is handled`);
    const settings = await loadWorkspaceSettings(app.db, ws.id);
    const pipeline = await loadPipeline(app.db, ws.id);
    const stage = (kind: string) => pipeline.stages.filter((s) => s.kind === kind).map((s) => s.key);
    const [won = 'won'] = stage('won');
    const [lost = 'lost'] = stage('lost');
    return {
      workspaceId: ws.id,
      timeZone: ws.time_zone,
      paymentTermDays: settings.deals.paymentTermDays,
      pipelineId: pipeline.row.id,
      openStages: stage('open'),
      won,
      lost,
    };
  } finally {
    await app.close();
  }
}

async function loadCustomers(sink: Sink, workspaceId: string): Promise<Customers> {
  const ph = sink.pg ? '$1' : '?';
  const rows = await sink.query<{ id: string; created_at: unknown; owner_id: string | null }>(
    `select id, created_at, owner_id from customers where workspace_id = ${ph} and deleted_at is null order by id`,
    [workspaceId],
  );
  return {
    ids: rows.map((c) => c.id),
    createdMs: rows.map((c) => toMs(c.created_at)),
    owner: rows.map((c) => c.owner_id),
  };
}

async function loadSellers(sink: Sink, workspaceId: string): Promise<string[]> {
  const ph = sink.pg ? '$1' : '?';
  const rows = await sink.query<{ id: string }>(
    `select id from users where workspace_id = ${ph} and role in ('owner', 'admin', 'manager', 'sales') order by id`,
    [workspaceId],
  );
  return rows.map((u) => u.id);
}

/** Fails loudly when the schema moved: the generator must fill exactly the table's columns. */
async function checkColumns(sink: Sink, table: string, keys: string[]) {
  const columns = await sink.columns(table);
  const unknown = keys.filter((k) => !columns.some((c) => c.name === k));
  const unset = columns.filter((c) => !keys.includes(c.name)).map((c) => c.name);
  if (unknown.length || unset.length)
    throw new Error(
      `${table}: generator out of step with the schema (unknown ${unknown.join(', ') || '-'}; missing ${unset.join(', ') || '-'})`,
    );
}

/** Prints progress: the first report once `every` rows are done, then every `every` rows and at the end. */
function progress(label: string, total: number, every: number) {
  const t = performance.now();
  let done = 0;
  return (n: number, extra: string) => {
    done += n;
    if (done % every < n || done === total) {
      const s = (performance.now() - t) / 1000;
      console.log(
        `${fmt(done)} ${label}${extra}  ${s.toFixed(0)} s  ${fmt(Math.round(done / s))} ${label}/s`,
      );
    }
  };
}

async function writeDeals(
  sink: Sink,
  setup: Awaited<ReturnType<typeof prepare>>,
  customers: Customers,
  r: Random,
) {
  const sellers = await loadSellers(sink, setup.workspaceId);
  const plan = planDeals(r, customers, {
    total: Number(values.deals),
    openPerStage: Number(values['open-per-stage']),
    openStages: setup.openStages,
    wonStage: setup.won,
    lostStage: setup.lost,
    wonShare: Number(values['won-share']),
    until: UNTIL,
    from: FROM,
  });
  const maker = new DealMaker(r, { ...setup, until: UNTIL, customers, sellers });
  const won: WonDeal[] = [];
  const counts = { lines: 0, changes: 0 };
  const report = progress('deals', plan.length, 50_000);
  for (let i = 0; i < plan.length; i += BATCH) {
    const made = plan.slice(i, i + BATCH).map((p) => maker.make(p));
    const lines = made.flatMap((m) => m.lines);
    const changes = made.flatMap((m) => m.changes);
    await sink.exec('begin');
    await sink.insert(
      'deals',
      DEAL_COLUMNS,
      valuesOf(
        made.map((m) => m.deal),
        DEAL_COLUMNS,
      ),
    );
    await sink.insert('deal_lines', LINE_COLUMNS, valuesOf(lines, LINE_COLUMNS));
    await sink.insert('deal_stage_changes', CHANGE_COLUMNS, valuesOf(changes, CHANGE_COLUMNS));
    await sink.exec('commit');
    for (const m of made) if (m.won) won.push(m.won);
    counts.lines += lines.length;
    counts.changes += changes.length;
    report(made.length, `, ${fmt(counts.lines)} lines, ${fmt(counts.changes)} stage changes`);
  }
  return {
    won,
    sequences: maker.sequences,
    customerIds: [...new Set(plan.map((p) => customers.ids[p.customer] ?? ''))],
  };
}

/** Projects on a seeded choice of the won deals, written in the order they were opened. */
async function writeProjects(
  sink: Sink,
  setup: Awaited<ReturnType<typeof prepare>>,
  won: WonDeal[],
  r: Random,
) {
  const total = Number(values.projects);
  if (won.length < total) throw new Error(`${fmt(won.length)} won deals cannot carry ${fmt(total)} projects`);
  for (let i = 0; i < total; i++) {
    const j = i + Math.floor(r.float() * (won.length - i));
    [won[i], won[j]] = [won[j] as WonDeal, won[i] as WonDeal];
  }
  const chosen = won
    .slice(0, total)
    .map((d) => ({ d, ms: projectCreatedMs(r, d.closedMs, UNTIL) }))
    .sort((a, b) => a.ms - b.ms);
  const maker = new ProjectMaker(r, { ...setup, until: UNTIL });
  const counts = { milestones: 0, installments: 0, payments: 0 };
  const report = progress('projects', total, 25_000);
  const per = Math.max(1, Math.floor(BATCH / 2));
  for (let i = 0; i < chosen.length; i += per) {
    const made = chosen.slice(i, i + per).map(({ d, ms }) => maker.make(d, ms));
    const all = (pick: (p: ProjectRows) => Row[]) => made.flatMap(pick);
    const [milestones, installments, payments] = [
      all((p) => p.milestones),
      all((p) => p.installments),
      all((p) => p.payments),
    ];
    await sink.exec('begin');
    await sink.insert(
      'projects',
      PROJECT_COLUMNS,
      valuesOf(
        made.map((p) => p.project),
        PROJECT_COLUMNS,
      ),
    );
    await sink.insert('milestones', MILESTONE_COLUMNS, valuesOf(milestones, MILESTONE_COLUMNS));
    await sink.insert('installments', INSTALLMENT_COLUMNS, valuesOf(installments, INSTALLMENT_COLUMNS));
    await sink.insert('payments', PAYMENT_COLUMNS, valuesOf(payments, PAYMENT_COLUMNS));
    await sink.exec('commit');
    counts.milestones += milestones.length;
    counts.installments += installments.length;
    counts.payments += payments.length;
    report(
      made.length,
      `, ${fmt(counts.milestones)} milestones, ${fmt(counts.installments)} installments, ${fmt(counts.payments)} payments`,
    );
  }
  return { sequences: maker.sequences };
}

/**
 * The customers' won columns, type and stage by the app's own set-based statement, 1,000 customers a call (as
 * saving deals would, only many at once). SQLite gets a loader's page cache, as in generate-follow-ups.ts.
 */
async function deriveCustomers(workspaceId: string, customerIds: string[]): Promise<string> {
  const app = openApp();
  try {
    if (!url) await sql`pragma cache_size = -1048576`.execute(app.db);
    const t = performance.now();
    for (let i = 0; i < customerIds.length; i += 1000)
      await refreshDealFields(app.db, workspaceId, customerIds.slice(i, i + 1000));
    const seconds = secondsSince(t);
    console.log(`refreshDealFields over ${fmt(customerIds.length)} customers with deals: ${seconds} s`);
    return seconds;
  } finally {
    await app.close();
  }
}

/** What the receivables view will find, counted as of the real today (the server's) and of the data's last day. */
async function describe(sink: Sink, workspaceId: string, timeZone: string) {
  const today = todayIn(timeZone);
  const { monday, sunday } = weekOf(today);
  const ph = (k: number) => (sink.pg ? `$${k}` : '?');
  const [row] = await sink.query<Record<string, number>>(
    `select count(*) as open,
       sum(case when effective_due_date < ${ph(1)} then 1 else 0 end) as overdue,
       sum(case when effective_due_date between ${ph(2)} and ${ph(3)} then 1 else 0 end) as week,
       sum(case when effective_due_date is null then 1 else 0 end) as undated,
       sum(case when received_amount > 0 then 1 else 0 end) as partial,
       count(distinct customer_id) as customers
     from installments where workspace_id = ${ph(4)} and deleted_at is null and received_amount < amount_due`,
    [today, monday, sunday, workspaceId],
  );
  const n = (k: string) => fmt(Number(row?.[k] ?? 0));
  console.log(
    `open installments ${n('open')} of ${n('customers')} customers (today ${today}): overdue ${n('overdue')}, due this week ${n('week')}, waiting for a milestone ${n('undated')}, partly paid ${n('partial')}`,
  );
}

async function main() {
  const setup = await prepare();
  const sink = url ? await pgSink(url) : sqliteSink(path.join(dataDir, 'keyi.db'));
  const [existing] = await sink.query<{ n: number }>('select count(*) as n from deals');
  if (Number(existing?.n) > 0)
    throw new Error(
      `${fmt(Number(existing?.n))} deals exist: make the customers afresh (generate-customers.ts --fresh)`,
    );
  const customers = await loadCustomers(sink, setup.workspaceId);
  console.log(
    `${fmt(customers.ids.length)} live customers; open stages ${setup.openStages.join(', ')}; payment term ${setup.paymentTermDays} days`,
  );
  await checkColumns(sink, 'deals', DEAL_COLUMNS);
  await checkColumns(sink, 'deal_lines', LINE_COLUMNS);
  await checkColumns(sink, 'deal_stage_changes', CHANGE_COLUMNS);
  for (const [table, columns] of [
    ['projects', PROJECT_COLUMNS],
    ['milestones', MILESTONE_COLUMNS],
    ['installments', INSTALLMENT_COLUMNS],
    ['payments', PAYMENT_COLUMNS],
  ] as const)
    await checkColumns(sink, table, columns);
  const dropped = await sink.dropIndexes([...DEAL_TABLES, ...PROJECT_TABLES]);
  console.log(`dropped ${dropped.length} secondary indexes for the load`);

  const r = new Random(values.seed);
  const loadStart = performance.now();
  const deals = await writeDeals(sink, setup, customers, r);
  const projects = await writeProjects(sink, setup, deals.won, r);
  const seqRows = [...deals.sequences, ...projects.sequences].map(([name, value]) => [
    setup.workspaceId,
    name,
    value,
  ]);
  await sink.insert('number_sequences', ['workspace_id', 'name', 'value'], seqRows);
  const loadSeconds = secondsSince(loadStart);

  const indexStart = performance.now();
  for (const index of dropped) await sink.exec(index.sql);
  const indexSeconds = secondsSince(indexStart);
  console.log(`recreated ${dropped.length} indexes in ${indexSeconds} s`);
  // Statistics as a database grown by use would have them (the server's hourly `pragma optimize`, autovacuum).
  for (const table of [...DEAL_TABLES, ...PROJECT_TABLES])
    await sink.exec(`${sink.pg ? 'vacuum analyze' : 'analyze'} ${table}`);
  await sink.finish();
  await sink.close();

  const refreshSeconds = await deriveCustomers(setup.workspaceId, deals.customerIds);
  const again = url ? await pgSink(url) : sqliteSink(path.join(dataDir, 'keyi.db'));
  await again.exec(again.pg ? 'vacuum analyze customers' : 'analyze customers');
  // Months kept by analytics from before the load know nothing of these deals (PostgreSQL loads with triggers off).
  await again.exec('delete from analytics_months');
  await describe(again, setup.workspaceId, setup.timeZone);
  await again.finish();
  await again.close();
  const size = url
    ? ''
    : `, file ${(fs.statSync(path.join(dataDir, 'keyi.db')).size / 2 ** 30).toFixed(2)} GiB`;
  console.log(
    `done: ${fmt(Number(values.deals))} deals (${fmt(deals.won.length)} won), ${fmt(Number(values.projects))} projects; load ${loadSeconds} s, indexes ${indexSeconds} s, customers ${refreshSeconds} s, total ${secondsSince(started)} s${size}`,
  );
}

await main();
