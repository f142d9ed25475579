import { sql, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { isGramQuery, SEARCH_VERSION, searchTokens } from '../../domain/search-text';
import { isPostgres } from '../db/dialect';
import type { Database, DB } from '../db/schema';

/**
 * The search index of customers: name, number, and every contact's name, phones, e-mails and WeChat id, with
 * pinyin and initials. 3+ characters match substrings through trigrams (FTS5 trigram in SQLite, pg_trgm in
 * PostgreSQL); 1–2 characters and four digits match whole grams (single Chinese characters, bigrams, short
 * initials, four digits of a phone), so every query uses an index.
 */
/**
 * The grams PostgreSQL keeps: not the four-digit ones, which it answers with pg_trgm (see withSearch). At a million
 * customers they nearly doubled every row's array, and a scan that tests arrays row by row slowed with them.
 */
export function pgGrams(grams: readonly string[]): string[] {
  return grams.filter((g) => !/^\d{4}$/.test(g));
}

export async function indexCustomer(db: DB, customerId: string): Promise<void> {
  await indexCustomers(db, [customerId]);
}

/** What a customer is found by: its name and number, and its contacts' names, phones, e-mails and WeChat ids. */
export interface Searchable {
  id: string;
  name: string;
  number: string;
  /** Its row in SQLite's search tables, kept across re-indexing; null for a customer not indexed yet. */
  search_rowid: number | null;
  contacts: readonly {
    name?: string | null;
    mobile?: string | null;
    phone?: string | null;
    email?: string | null;
    wechat?: string | null;
  }[];
}

export type SearchColumns =
  | { search_text: string; search_rowid: number; search_version: number }
  | { search_text: string; search_grams: string[]; search_version: number };

/**
 * The search columns of customers, for an insert or an update to carry; SQLite's index rows are written here (the
 * old ones of a re-indexed customer replaced). One insert per few hundred customers.
 */
export async function searchColumns(
  db: DB,
  items: readonly Searchable[],
): Promise<Map<string, SearchColumns>> {
  const columns = new Map<string, SearchColumns>();
  if (!items.length) return columns;
  const some = <T>(values: (T | null | undefined)[]) => values.filter((v): v is T => !!v);
  const indexed = items.map((item) => ({
    item,
    tokens: searchTokens({
      names: [item.name, ...some(item.contacts.map((c) => c.name))],
      numbers: [item.number],
      phones: some(item.contacts.flatMap((c) => [c.mobile, c.phone])),
      emails: some(item.contacts.map((c) => c.email)),
      wechats: some(item.contacts.map((c) => c.wechat)),
    }),
  }));
  if (isPostgres(db)) {
    for (const { item, tokens } of indexed)
      columns.set(item.id, {
        search_text: tokens.text,
        search_grams: pgGrams(tokens.grams),
        search_version: SEARCH_VERSION,
      });
    return columns;
  }
  const stale = items.map((i) => i.search_rowid).filter((r): r is number => r !== null);
  if (stale.length) {
    await sql`delete from customer_search where rowid in (${sql.join(stale)})`.execute(db);
    await sql`delete from customer_grams where rowid in (${sql.join(stale)})`.execute(db);
  }
  // A customer keeps its rowid, so lists in creation order can follow the index's rowid order. New ones are chosen
  // here: FTS5 has no RETURNING, and inside a transaction last_insert_rowid() can report the FTS shadow tables'
  // rows. SQLite has one writer, so max + 1 cannot race.
  let next =
    ((await sql<{ rowid: number }>`select coalesce(max(rowid), 0) as rowid from customer_search`.execute(db))
      .rows[0]?.rowid ?? 0) + 1;
  const rows = indexed.map(({ item, tokens }) => ({
    ...tokens,
    id: item.id,
    rowid: item.search_rowid ?? next++,
  }));
  // A few hundred rows a statement keeps well under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 300) {
    const part = rows.slice(i, i + 300);
    await sql`insert into customer_search (rowid, text) values ${sql.join(part.map((r) => sql`(${r.rowid}, ${r.text})`))}`.execute(
      db,
    );
    await sql`insert into customer_grams (rowid, grams) values ${sql.join(part.map((r) => sql`(${r.rowid}, ${r.grams.join(' ')})`))}`.execute(
      db,
    );
  }
  for (const row of rows)
    columns.set(row.id, { search_text: row.text, search_rowid: row.rowid, search_version: SEARCH_VERSION });
  return columns;
}

/**
 * Indexes customers after a change to their names, numbers or contacts; many at once in a few statements: their
 * rows and contacts read together, then each row's search columns set.
 */
export async function indexCustomers(db: DB, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const customers = await db
    .selectFrom('customers')
    .select(['id', 'name', 'number', 'search_rowid'])
    .where('id', 'in', ids)
    .execute();
  const contacts = await db
    .selectFrom('contacts')
    .select(['customer_id', 'name', 'mobile', 'phone', 'email', 'wechat'])
    .where('customer_id', 'in', ids)
    .where('deleted_at', 'is', null)
    .execute();
  const byCustomer = new Map<string, typeof contacts>();
  for (const c of contacts) byCustomer.set(c.customer_id, [...(byCustomer.get(c.customer_id) ?? []), c]);
  const columns = await searchColumns(
    db,
    customers.map((c) => ({ ...c, contacts: byCustomer.get(c.id) ?? [] })),
  );
  for (const [id, set] of columns)
    await db
      .updateTable('customers')
      .set(set as never)
      .where('id', '=', id)
      .execute();
}

/** SQLite FTS5 wants a phrase in double quotes, with inner quotes doubled. */
function ftsPhrase(q: string): string {
  return `"${q.replaceAll('"', '""')}"`;
}

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Narrows a customer query to those matching q. PostgreSQL filters on the GIN-indexed columns; SQLite joins the FTS
 * table as `fts`, so that a list in creation order can walk the index backwards by rowid and stop after one page
 * (an IN (…) over 170,000 matches of 王 would be read whole first).
 */
export function withSearch<O>(
  db: DB,
  query: SelectQueryBuilder<Database, 'customers', O>,
  raw: string,
): SelectQueryBuilder<Database, 'customers', O> {
  const q = raw.trim().toLowerCase();
  if (isPostgres(db)) {
    // Four digits stay with pg_trgm here: PostgreSQL reads the few thousand rows a gram names from all over the heap
    // (measured 150–300 ms at a million customers) where the trigram plan reads fewer.
    return query.where(
      [...q].length <= 2
        ? sql<SqlBool>`customers.search_grams @> array[${q}]::text[]`
        : sql<SqlBool>`customers.search_text like ${likePattern(q)}`,
    );
  }
  const table = isGramQuery(q) ? 'customer_grams' : 'customer_search';
  // The join adds a table but keeps the customers' columns, which is all callers select.
  return query
    .innerJoin(`${table} as fts`, 'fts.rowid', 'customers.search_rowid')
    .where(sql<SqlBool>`fts.${sql.raw(table)} match ${ftsPhrase(q)}`) as unknown as SelectQueryBuilder<
    Database,
    'customers',
    O
  >;
}

/** Removes a purged customer from the SQLite index (PostgreSQL's index goes with the row). */
export async function unindexCustomer(db: DB, searchRowid: number | null): Promise<void> {
  if (isPostgres(db) || searchRowid === null) return;
  await sql`delete from customer_search where rowid = ${searchRowid}`.execute(db);
  await sql`delete from customer_grams where rowid = ${searchRowid}`.execute(db);
}

/**
 * Indexes again up to `batch` customers whose tokens are older than SEARCH_VERSION; returns how many. The
 * search-reindex job calls it until none are left.
 */
export async function reindexOutdated(db: DB, batch: number): Promise<number> {
  const rows = await db
    .selectFrom('customers')
    .select('id')
    .where('search_version', '<', SEARCH_VERSION)
    .limit(batch)
    .execute();
  for (const row of rows) await db.transaction().execute((trx) => indexCustomer(trx, row.id));
  return rows.length;
}
