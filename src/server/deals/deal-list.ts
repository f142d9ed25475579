import { sql } from 'kysely';
import { z } from 'zod';
import { ZDate } from '../../domain/dates';
import { STAGE_KINDS } from '../../domain/pipeline';
import { filterCustomers, scopeCustomers, ZCustomerListQuery } from '../customers/customer-list';
import { resolveFilterKeys, withCalendar } from '../customers/customer-list.service';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import type { Dictionaries } from '../dictionaries/dictionary.service';

const list = ZCustomerListQuery.shape.ownerId;

/** The customer's filters, as on the customer list, narrow the deals to those of matching customers. */
const CUSTOMER_FILTERS = ZCustomerListQuery.pick({
  grade: true,
  type: true,
  status: true,
  sourceChannel: true,
  industry: true,
  companySize: true,
  tag: true,
  kind: true,
  province: true,
  city: true,
  health: true,
});
const CUSTOMER_FILTER_KEYS = Object.keys(CUSTOMER_FILTERS.shape) as (keyof typeof CUSTOMER_FILTERS.shape)[];

/** Filters shared by the deal list and the board. */
export const ZDealFilters = CUSTOMER_FILTERS.extend({
  pipelineId: z.string().max(64).optional(),
  /** Title or number. */
  q: z.string().trim().max(100).optional(),
  stage: list,
  stageKind: z.enum(STAGE_KINDS).optional(),
  /** Deal owners; `me` is the caller. */
  ownerId: list,
  customerId: z.string().max(64).optional(),
  closeFrom: ZDate.optional(),
  closeTo: ZDate.optional(),
  closedFrom: ZDate.optional(),
  closedTo: ZDate.optional(),
  /** Deals waiting for a decision on a request to win them. */
  approval: z.enum(['pending']).optional(),
});
export type TDealFilters = z.infer<typeof ZDealFilters>;

/**
 * The caller's deals matching the filters. Visibility and the customer filters are one correlated EXISTS on the
 * customer (an index lookup per deal), as for follow-ups.
 */
export async function filteredDeals(db: DB, reader: Reader, dicts: Dictionaries, filters: TDealFilters) {
  const { scope } = reader;
  const customerFilters = Object.fromEntries(
    CUSTOMER_FILTER_KEYS.filter((k) => filters[k] !== undefined).map((k) => [k, filters[k]]),
  );
  const resolved = await withCalendar(
    db,
    reader,
    resolveFilterKeys(dicts, { limit: 1, sort: '', ...customerFilters }, reader),
  );
  let query = db
    .selectFrom('deals')
    .where('deals.workspace_id', '=', scope.workspaceId)
    .where('deals.deleted_at', 'is', null)
    .where((eb) =>
      eb.exists(
        filterCustomers(
          db,
          scopeCustomers(db.selectFrom('customers').select('customers.id'), scope),
          resolved,
        ).where('customers.id', '=', sql.ref<string>('deals.customer_id')),
      ),
    );
  if (filters.pipelineId) query = query.where('deals.pipeline_id', '=', filters.pipelineId);
  if (filters.customerId) query = query.where('deals.customer_id', '=', filters.customerId);
  if (filters.stage?.length) query = query.where('deals.stage', 'in', filters.stage);
  if (filters.stageKind) query = query.where('deals.stage_kind', '=', filters.stageKind);
  if (filters.ownerId?.length)
    query = query.where(
      'deals.owner_id',
      'in',
      filters.ownerId.map((o) => (o === 'me' ? reader.actor.id : o)),
    );
  if (filters.closeFrom) query = query.where('deals.expected_close_date', '>=', filters.closeFrom);
  if (filters.closeTo) query = query.where('deals.expected_close_date', '<=', filters.closeTo);
  if (filters.closedFrom) query = query.where('deals.closed_date', '>=', filters.closedFrom);
  if (filters.closedTo) query = query.where('deals.closed_date', '<=', filters.closedTo);
  if (filters.q) {
    const like = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('deals.title', 'like', sql<string>`${like} escape '\\'`),
        eb('deals.number', '=', filters.q ?? ''),
      ]),
    );
  }
  if (filters.approval === 'pending')
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('deal_approvals')
          .select('deal_approvals.id')
          .whereRef('deal_approvals.deal_id', '=', 'deals.id')
          .where('deal_approvals.status', '=', 'pending'),
      ),
    );
  return query;
}
