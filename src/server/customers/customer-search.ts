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
  const customer = await db
    .selectFrom('customers')
    .select(['id', 'name', 'number', 'search_rowid'])
    .where('id', '=', customerId)
    .executeTakeFirst();
  if (!customer) return;
  const contacts = await db
    .selectFrom('contacts')
    .select(['name', 'mobile', 'phone', 'email', 'wechat'])
    .where('customer_id', '=', customerId)
    .where('deleted_at', 'is', null)
    .execute();
  const tokens = searchTokens({
    names: [customer.name, ...contacts.map((c) => c.name)],
    numbers: [customer.number],
    phones: contacts.flatMap((c) => [c.mobile, c.phone]).filter((p): p is string => !!p),
    emails: contacts.map((c) => c.email).filter((e): e is string => !!e),
    wechats: contacts.map((c) => c.wechat).filter((w): w is string => !!w),
  });
  const { text, grams } = tokens;
  if (isPostgres(db)) {
    await db
      .updateTable('customers')
      .set({ search_text: text, search_grams: pgGrams(grams), search_version: SEARCH_VERSION })
      .where('id', '=', customerId)
      .execute();
    return;
  }
  if (customer.search_rowid !== null) {
    await sql`delete from customer_search where rowid = ${customer.search_rowid}`.execute(db);
    await sql`delete from customer_grams where rowid = ${customer.search_rowid}`.execute(db);
  }
  // A customer keeps its rowid, so lists in creation order can follow the index's rowid order. A new one is chosen
  // here: FTS5 has no RETURNING, and inside a transaction last_insert_rowid() can report the FTS shadow tables'
  // rows. SQLite has one writer, so max + 1 cannot race.
  const rowid =
    customer.search_rowid ??
    (
      await sql<{ rowid: number }>`select coalesce(max(rowid), 0) + 1 as rowid from customer_search`.execute(
        db,
      )
    ).rows[0]?.rowid ??
    1;
  await sql`insert into customer_search (rowid, text) values (${rowid}, ${text})`.execute(db);
  await sql`insert into customer_grams (rowid, grams) values (${rowid}, ${grams.join(' ')})`.execute(db);
  await db
    .updateTable('customers')
    .set({ search_text: text, search_rowid: rowid, search_version: SEARCH_VERSION })
    .where('id', '=', customerId)
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
