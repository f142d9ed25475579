import { sql, type SelectQueryBuilder } from 'kysely';
import type { Database, DB } from '../db/schema';
import type { Scope } from '../http/policy';
import type { TCustomerListQuery } from './customer-list';

/** List filters whose totals customer_counts keeps, with their dimension there (see the migration that made it). */
export const COUNTED_FILTERS = {
  sourceChannel: 'sourceChannel',
  industry: 'industry',
  type: 'type',
  status: 'status',
  stage: 'stage',
  grade: 'grade',
  city: 'city',
  ownerId: 'owner',
} as const;

/** Beyond this many matches a filtered list says "1,000+": an exact count would read every match. */
export const TOTAL_CAP = 1000;

const NOT_FILTERS = new Set(['limit', 'cursor', 'sort']);

/** The filters a list query sets, by name. */
export function filtersSet(query: TCustomerListQuery): string[] {
  return Object.entries(query)
    .filter(([key, value]) => !NOT_FILTERS.has(key) && value !== undefined && value !== '')
    .filter(([, value]) => !Array.isArray(value) || value.length > 0)
    .map(([key]) => key);
}

export interface TotalQuery {
  query: SelectQueryBuilder<Database, never, { n: unknown }>;
  /** The count stops at cap + 1; null when it is exact. */
  cap: number | null;
}

/**
 * How the list counts its matches: from the kept totals when the whole workspace is in view and at most one counted
 * filter is set (exact, whatever the size), otherwise by counting at most TOTAL_CAP + 1 matches of `matching`.
 */
export function totalQuery(
  db: DB,
  scope: Scope,
  query: TCustomerListQuery,
  customFiltersSet: boolean,
  matching: SelectQueryBuilder<Database, 'customers', object>,
  cap = TOTAL_CAP,
): TotalQuery {
  const set = filtersSet(query);
  const [only] = set;
  if (!scope.ownOnly && !customFiltersSet && set.length <= 1) {
    const counted = only === undefined ? { dimension: 'all', keys: [''] } : keptTotal(query, only);
    if (counted) {
      const total = db
        .selectFrom('customer_counts')
        .select(sql<number>`coalesce(sum(n), 0)`.as('n'))
        .where('workspace_id', '=', scope.workspaceId)
        .where('dimension', '=', counted.dimension)
        .where('key', 'in', counted.keys);
      return { query: total as unknown as TotalQuery['query'], cap: null };
    }
  }
  const capped = db
    .selectFrom(
      matching
        .select(sql`1`.as('one'))
        .limit(cap + 1)
        .as('matches'),
    )
    .select((eb) => eb.fn.countAll().as('n'));
  return { query: capped as unknown as TotalQuery['query'], cap };
}

function keptTotal(query: TCustomerListQuery, filter: string): { dimension: string; keys: string[] } | null {
  if (!(filter in COUNTED_FILTERS)) return null;
  const value = query[filter as keyof typeof COUNTED_FILTERS];
  const keys = Array.isArray(value) ? value : [value ?? ''];
  return { dimension: COUNTED_FILTERS[filter as keyof typeof COUNTED_FILTERS], keys };
}

/** Runs a TotalQuery: the total to show and whether there are more than that. */
export async function countTotal(plan: TotalQuery): Promise<{ total: number; totalCapped: boolean }> {
  return totalOf(plan, (await plan.query.executeTakeFirst())?.n);
}

export function totalOf(plan: TotalQuery, counted: unknown): { total: number; totalCapped: boolean } {
  const n = Number(counted ?? 0);
  return plan.cap !== null && n > plan.cap
    ? { total: plan.cap, totalCapped: true }
    : { total: n, totalCapped: false };
}
