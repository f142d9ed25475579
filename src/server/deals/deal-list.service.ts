import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { z } from 'zod';
import type { TDeal } from '../../domain/deal';
import type { Reader } from '../customers/customer-context';
import { TOTAL_CAP } from '../customers/customer-total';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import { decodeCursor, encodeCursor, type Page } from '../http/pagination';
import { filteredDeals, ZDealFilters } from './deal-list';
import { serializeDeals } from './deal.service';
import type { DealRow } from './deal.table';

/** Sorts: API name → expression and how to read a row's value. Empty values sort last, through a sentinel. */
const SORTS: Record<string, { expr: RawBuilder<unknown>; valueOf: (row: DealRow) => string | number }> = {
  createdAt: { expr: sql`deals.id`, valueOf: (r) => r.id },
  updatedAt: { expr: sql`deals.updated_at`, valueOf: (r) => r.updated_at },
  expectedCloseDate: {
    expr: sql`coalesce(deals.expected_close_date, '9999-12-31')`,
    valueOf: (r) => r.expected_close_date ?? '9999-12-31',
  },
  expectedAmount: {
    expr: sql`coalesce(deals.expected_amount, -1)`,
    valueOf: (r) => r.expected_amount ?? -1,
  },
  closedDate: { expr: sql`coalesce(deals.closed_date, '')`, valueOf: (r) => r.closed_date ?? '' },
};

export const ZDealListQuery = ZDealFilters.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  sort: z
    .string()
    .refine((s) => s.replace(/^-/, '') in SORTS, { params: { key: 'invalid_value' } })
    .default('-createdAt'),
});
export type TDealListQuery = z.infer<typeof ZDealListQuery>;

/** 商机列表: keyset pages over the filtered deals, with the number of matches counted up to TOTAL_CAP ("100+"). */
export async function listDeals(db: DB, reader: Reader, query: TDealListQuery): Promise<Page<TDeal>> {
  const dicts = await loadDictionaries(db, reader.scope);
  const matching = await filteredDeals(db, reader, dicts, query);
  const desc = query.sort.startsWith('-');
  const sort = SORTS[query.sort.replace(/^-/, '')] ?? SORTS.createdAt!;
  let page = matching.selectAll('deals');
  if (query.cursor) {
    const [value, id] = decodeCursor(query.cursor);
    page = page.where(
      desc
        ? sql<SqlBool>`(${sort.expr}, deals.id) < (${value}, ${id})`
        : sql<SqlBool>`(${sort.expr}, deals.id) > (${value}, ${id})`,
    );
  }
  const direction = desc ? sql`desc` : sql`asc`;
  const [rows, count] = await Promise.all([
    page
      .orderBy(sql`${sort.expr} ${direction}`)
      .orderBy(sql`deals.id ${direction}`)
      .limit(query.limit + 1)
      .execute(),
    db
      .selectFrom(
        matching
          .select(sql`1`.as('one'))
          .limit(TOTAL_CAP + 1)
          .as('matches'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const shown = rows.slice(0, query.limit);
  const last = shown.at(-1);
  return {
    items: await serializeDeals(db, reader, shown),
    nextCursor: rows.length > query.limit && last ? encodeCursor([sort.valueOf(last), last.id]) : null,
    total: Math.min(Number(count.n), TOTAL_CAP),
    totalCapped: Number(count.n) > TOTAL_CAP,
  };
}
