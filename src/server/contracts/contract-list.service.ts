import { sql, type SqlBool } from 'kysely';
import { z } from 'zod';
import { addDays } from '../../domain/cadence';
import type { TContract } from '../../domain/contract';
import { todayIn } from '../../domain/dates';
import { now } from '../clock';
import type { Reader } from '../customers/customer-context';
import { TOTAL_CAP } from '../customers/customer-total';
import type { DB } from '../db/schema';
import { decodeCursor, encodeCursor, type Page } from '../http/pagination';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { visibleContracts } from './contract.repository';
import { serializeContracts } from './contract.serializer';

export const ZContractListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  q: z.string().trim().max(100).optional(),
  customerId: z.string().max(64).optional(),
  dealId: z.string().max(64).optional(),
  /** Ending from today to this many days ahead (the renewal list), soonest first. */
  endingWithin: z.coerce.number().int().min(0).max(3660).optional(),
});

/** `%q%` for LIKE, with the pattern's own wildcards taken literally. */
const likeOf = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Newest first by id (time-ordered), or with `endingWithin` by end date then id, through contracts_end_idx. Keyset
 * over (key, id).
 */
export async function listContracts(
  db: DB,
  reader: Reader,
  query: z.infer<typeof ZContractListQuery>,
): Promise<Page<TContract>> {
  let q = visibleContracts(db, reader.scope).selectAll('contracts');
  if (query.customerId) q = q.where('contracts.customer_id', '=', query.customerId);
  if (query.dealId) {
    const dealId = query.dealId;
    // Through the deal's customer, so the read uses contracts_customer_idx (there is no index on deal_id).
    q = q
      .where('contracts.deal_id', '=', dealId)
      .where('contracts.customer_id', '=', (eb) =>
        eb.selectFrom('deals').select('deals.customer_id').where('deals.id', '=', dealId),
      );
  }
  const byEnd = query.endingWithin !== undefined;
  if (byEnd) {
    const { timeZone } = await loadWorkspaceSettings(db, reader.scope.workspaceId);
    const today = todayIn(timeZone, now());
    q = q
      .where('contracts.end_date', '>=', today)
      .where('contracts.end_date', '<=', addDays(today, query.endingWithin ?? 0));
  }
  if (query.q) {
    const like = likeOf(query.q);
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['contracts.number']), 'like', sql<string>`${like} escape '\\'`),
        eb(eb.fn('lower', ['contracts.title']), 'like', sql<string>`${like} escape '\\'`),
      ]),
    );
  }
  const counted = await db
    .selectFrom(
      q
        .clearSelect()
        .select(sql`1`.as('one'))
        .limit(TOTAL_CAP + 1)
        .as('matches'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (query.cursor) {
    const key = decodeCursor(query.cursor);
    const id = String(key.at(-1));
    const end = String(key[0]);
    q = byEnd
      ? q.where(
          sql<SqlBool>`(contracts.end_date > ${end} or (contracts.end_date = ${end} and contracts.id > ${id}))`,
        )
      : q.where('contracts.id', '<', id);
  }
  const rows = await (
    byEnd
      ? q.orderBy('contracts.end_date', 'asc').orderBy('contracts.id', 'asc')
      : q.orderBy('contracts.id', 'desc')
  )
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const n = Number(counted.n);
  return {
    items: await serializeContracts(db, reader, page),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor(byEnd ? [last.end_date, last.id] : [last.id]) : null,
    total: Math.min(n, TOTAL_CAP),
    totalCapped: n > TOTAL_CAP,
  };
}
