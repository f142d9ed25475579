// Deterministic customers for the benchmarks: N customers (default 1,000,000) with 2 contacts each on average,
// ~200 users, tags, shares and the search index, written straight into a database Keyi created and set up.
// Run: npm run build && npx tsx bench/generate-customers.ts --customers 100000 --data-dir /tmp/keyi-100k
//      [--database-url postgres://postgres@127.0.0.1:5432/keyi_cust_100k] [--seed keyi] [--fresh]
// The PostgreSQL database is created (with --fresh: dropped first); the data dir must be new (or --fresh).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DEFAULT_CUSTOMER_NUMBER_PATTERN } from '../src/domain/numbering';
import { recountSql } from '../src/server/customers/customer-total';
import { pgSink, sqliteSink, type Sink } from './bulk-sink';
import { Random, Weighted } from './customer-data';
import { compiler } from './customer-queries';
import { CustomerFactory, type Generated, type Row } from './customer-rows';
import { setUp, startServer } from './keyi-server';

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '1000000' },
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    seed: { type: 'string', default: 'keyi' },
    until: { type: 'string', default: '2026-11-24T18:00:00+08:00' },
    batch: { type: 'string', default: '10000' },
    port: { type: 'string', default: '3197' },
    fresh: { type: 'boolean', default: false },
  },
});
const total = Number(values.customers);
const dataDir = path.resolve(values['data-dir'] ?? `/tmp/keyi-customers-${total}`);
const url = values['database-url'];
const started = performance.now();
const secondsSince = (t: number) => ((performance.now() - t) / 1000).toFixed(1);

async function prepareTarget() {
  if (fs.existsSync(path.join(dataDir, 'keyi.db')) || (!url && fs.existsSync(dataDir))) {
    if (!values.fresh) throw new Error(`${dataDir} exists: pass --fresh to replace it`);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (!url) return;
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name "${name}"`);
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount && !values.fresh) throw new Error(`database ${name} exists: pass --fresh`);
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
}

/** Keyi migrates the new database and sets up the workspace; the first list seeds the dictionaries. */
async function createWithKeyi() {
  const server = await startServer({ dataDir, port: Number(values.port), databaseUrl: url });
  try {
    const cookie = await setUp(server.base);
    const list = await fetch(`${server.base}/api/v1/customers?limit=1`, { headers: { cookie } });
    if (!list.ok) throw new Error(`first list failed: ${list.status}`);
  } finally {
    await server.stop();
  }
}

/** Fails loudly when the schema moved: unknown columns, or required columns the generator does not fill. */
async function checkColumns(sink: Sink, table: string, row: Row) {
  const columns = await sink.columns(table);
  const keys = Object.keys(row);
  const unknown = keys.filter((k) => !columns.some((c) => c.name === k));
  const missing = columns.filter((c) => c.notNull && !c.hasDefault && !keys.includes(c.name));
  if (unknown.length || missing.length)
    throw new Error(
      `${table}: generator out of step with the schema (unknown ${unknown.join(', ') || '-'}; missing ${missing.map((c) => c.name).join(', ') || '-'})`,
    );
  const unset = columns.filter((c) => !keys.includes(c.name)).map((c) => c.name);
  if (unset.length) console.log(`note: ${table} columns left to their defaults: ${unset.join(', ')}`);
  return keys;
}

async function createUsers(sink: Sink, factory: CustomerFactory, workspaceId: string) {
  const ph = sink.pg ? '$1' : '?';
  const [owner] = await sink.query<Row>(`select * from users where workspace_id = ${ph}`, [workspaceId]);
  if (!owner) throw new Error('no owner');
  const roles = [
    ...Array<string>(3).fill('admin'),
    ...Array<string>(12).fill('manager'),
    ...Array<string>(170).fill('sales'),
    ...Array<string>(14).fill('service'),
  ];
  const at = new Date(Date.parse(values.until) - 3 * 365 * 86_400_000).toISOString();
  const users: Row[] = roles.map((role, k) => ({
    ...owner,
    id: `0190${String(k).padStart(4, '0')}-0000-7000-8000-${String(k).padStart(12, '0')}`,
    name: factory.person().name,
    login: `u${String(k + 1).padStart(3, '0')}`,
    role,
    last_login_at: null,
    created_at: at,
    updated_at: at,
    created_by: owner.id,
    updated_by: owner.id,
  }));
  const columns = Object.keys(owner);
  await sink.insert(
    'users',
    columns,
    users.map((u) => columns.map((c) => u[c])),
  );
  // Sellers own customers, the best ones many more than the newest.
  const sellers = [owner, ...users.filter((u) => u.role === 'sales' || u.role === 'manager')];
  const owners = new Weighted(sellers.map((u, k) => [u.id as string, 1 / (k + 5) ** 0.7] as const));
  return { owner, owners, userIds: [owner, ...users].map((u) => u.id as string) };
}

async function main() {
  await prepareTarget();
  await createWithKeyi();
  console.log(`Keyi created and set up ${url ?? dataDir} in ${secondsSince(started)} s`);
  const sink = url ? await pgSink(url) : sqliteSink(path.join(dataDir, 'keyi.db'));
  const r = new Random(values.seed);
  const [ws] = await sink.query<{ id: string; settings: unknown }>('select id, settings from workspaces');
  if (!ws) throw new Error('no workspace');
  const settings = (typeof ws.settings === 'string' ? JSON.parse(ws.settings) : ws.settings) as {
    customerNumberPattern?: string;
  };
  const toMs = Date.parse(values.until);
  const options = {
    count: total,
    workspaceId: ws.id,
    pg: sink.pg,
    fromMs: toMs - 3 * 365 * 86_400_000,
    toMs,
    utcOffsetMin: 480, // Asia/Shanghai, the set-up default
    numberPattern: settings.customerNumberPattern ?? DEFAULT_CUSTOMER_NUMBER_PATTERN,
    owners: new Weighted<string>([['', 1]]),
    userIds: [] as string[],
  };
  const people = new CustomerFactory(r, options);
  const { owners, userIds } = await createUsers(sink, people, ws.id);
  const factory = new CustomerFactory(r, { ...options, owners, userIds });

  const first = factory.make(0);
  const customerColumns = await checkColumns(sink, 'customers', first.customer);
  const contactColumns = await checkColumns(sink, 'contacts', first.contacts[0] ?? {});
  const dropped = await sink.dropIndexes(['customers', 'contacts', 'customer_tags', 'customer_shares']);
  console.log(`dropped ${dropped.length} secondary indexes for the load`);

  const batchSize = Number(values.batch);
  let contacts = 0;
  let pending: Generated[] = [first];
  const loadStart = performance.now();
  const write = async (batch: Generated[]) => {
    await sink.exec('begin');
    await sink.insert(
      'customers',
      customerColumns,
      batch.map((g) => customerColumns.map((c) => g.customer[c])),
    );
    const contactRows = batch.flatMap((g) => g.contacts.map((row) => contactColumns.map((c) => row[c])));
    await sink.insert('contacts', contactColumns, contactRows);
    const tagRows = batch.flatMap((g) => g.tags.map((t) => [ws.id, g.customer.id, t]));
    await sink.insert('customer_tags', ['workspace_id', 'customer_id', 'tag'], tagRows);
    const shareRows = batch.flatMap((g) => g.shares.map((u) => [ws.id, g.customer.id, u]));
    await sink.insert('customer_shares', ['workspace_id', 'customer_id', 'user_id'], shareRows);
    if (!sink.pg) {
      await sink.insert(
        'customer_search',
        ['rowid', 'text'],
        batch.map((g) => [g.customer.search_rowid, g.text]),
      );
      const grams = batch.map((g) => [g.customer.search_rowid, g.grams.join(' ')]);
      await sink.insert('customer_grams', ['rowid', 'grams'], grams);
    }
    await sink.exec('commit');
    contacts += contactRows.length;
  };
  // PostgreSQL inserts in its own process: generate the next batch while the last one is written.
  let writing = Promise.resolve();
  for (let i = 1; i <= total; i++) {
    if (i < total) pending.push(factory.make(i));
    if (i % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
    if (pending.length === batchSize || (i === total && pending.length > 0)) {
      await writing;
      const batch = pending;
      pending = [];
      const done = Math.min(i + 1, total);
      writing = write(batch).then(() => {
        if (done % 100_000 < batchSize || done === total) {
          const s = (performance.now() - loadStart) / 1000;
          console.log(
            `${done.toLocaleString('en')} customers, ${contacts.toLocaleString('en')} contacts  ${s.toFixed(0)} s  ${Math.round(done / s).toLocaleString('en')} customers/s  ${Math.round((done + contacts) / s).toLocaleString('en')} rows/s`,
          );
        }
      });
    }
  }
  await writing;
  const loadSeconds = secondsSince(loadStart);
  const seqRows = [...factory.sequences].map(([name, value]) => [ws.id, name, value]);
  await sink.insert('number_sequences', ['workspace_id', 'name', 'value'], seqRows);

  const indexStart = performance.now();
  for (const index of dropped) {
    const t = performance.now();
    await sink.exec(index.sql);
    console.log(`  index ${index.name} ${secondsSince(t)} s`);
  }
  const indexSeconds = secondsSince(indexStart);
  // The load bypasses the triggers that keep the totals (PostgreSQL) or pays for them row by row (SQLite): recount.
  await sink.exec('delete from customer_counts');
  for (const statement of recountSql(ws.id)) {
    const compiled = statement.compile(compiler(sink.pg));
    await sink.run(compiled.sql, [...compiled.parameters]);
  }
  if (sink.pg) await sink.exec('vacuum analyze');
  await sink.finish();
  await sink.close();
  const size = url
    ? ''
    : `, file ${(fs.statSync(path.join(dataDir, 'keyi.db')).size / 2 ** 30).toFixed(2)} GiB`;
  console.log(
    `done: ${total.toLocaleString('en')} customers, ${contacts.toLocaleString('en')} contacts; load ${loadSeconds} s, indexes ${indexSeconds} s, total ${secondsSince(started)} s${size}`,
  );
}

await main();
