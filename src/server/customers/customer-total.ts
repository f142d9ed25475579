import { sql, type SelectQueryBuilder } from 'kysely';
import { isPostgres } from '../db/dialect';
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

/**
 * Beyond this many matches a filtered list says "100+": an exact count reads every match, and a rare combination
 * of filters (杭州 + 客户 + this year) costs a row lookup per candidate; 100 keeps it in milliseconds at a million.
 */
export const TOTAL_CAP = 100;

/** The column behind each kept dimension (null: every live customer). */
export const COUNTED_COLUMNS: Record<string, string | null> = {
  all: null,
  sourceChannel: 'source_channel',
  industry: 'industry',
  type: 'type',
  status: 'status',
  stage: 'stage',
  grade: 'grade',
  city: 'city',
  owner: 'owner_id',
};

/**
 * Statements that count a workspace's kept totals afresh from its customers (after clearing them), for data
 * written around the triggers, such as a bulk load with them off.
 */
export function recountSql(workspaceId: string) {
  return Object.entries(COUNTED_COLUMNS).map(
    ([dimension, column]) =>
      sql`insert into customer_counts (workspace_id, dimension, key, n)
        select workspace_id, ${dimension}, ${column ? sql`coalesce(${sql.ref(column)}, '')` : sql`''`}, count(*)
        from customers where workspace_id = ${workspaceId} and deleted_at is null
        group by workspace_id${column ? sql`, coalesce(${sql.ref(column)}, '')` : sql``}`,
  );
}

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
 * How the list counts its matches: from the kept totals when they can answer (the whole workspace with at most one
 * counted filter, or a sales member's own list unfiltered), exact whatever the size; otherwise by counting at most
 * cap + 1 matches of `matching`.
 */
export function totalQuery(
  db: DB,
  scope: Scope,
  query: TCustomerListQuery,
  customFiltersSet: boolean,
  matching: SelectQueryBuilder<Database, 'customers', object>,
  cap = TOTAL_CAP,
): TotalQuery {
  const set = customFiltersSet ? ['custom'] : filtersSet(query);
  const kept = keptTotalQuery(db, scope, query, set);
  if (kept) return { query: kept, cap: null };
  // Newest first, as the list reads: filters on recent things (this year, new leads) match densely at that end of
  // an index and sparsely at the other, where an unordered count would start.
  const newestFirst = query.q && !isPostgres(db) ? sql`fts.rowid desc` : sql`customers.id desc`;
  const capped = db
    .selectFrom(
      matching
        .select(sql`1`.as('one'))
        .orderBy(newestFirst)
        .limit(cap + 1)
        .as('matches'),
    )
    .select((eb) => eb.fn.countAll().as('n'));
  return { query: capped as unknown as TotalQuery['query'], cap };
}

function keptTotalQuery(db: DB, scope: Scope, query: TCustomerListQuery, set: string[]) {
  const kept = (dimension: string, keys: string[]) =>
    db
      .selectFrom('customer_counts')
      .select(sql<number>`coalesce(sum(n), 0)`.as('n'))
      .where('workspace_id', '=', scope.workspaceId)
      .where('dimension', '=', dimension)
      .where('key', 'in', keys);
  if (scope.ownOnly) {
    if (set.length) return null;
    // Their own customers, plus those shared with them that someone else owns (few: shares are the exception).
    const sharedWithMe = db
      .selectFrom('customer_shares')
      .innerJoin('customers', 'customers.id', 'customer_shares.customer_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('customer_shares.workspace_id', '=', scope.workspaceId)
      .where('customer_shares.user_id', '=', scope.userId)
      .where('customers.deleted_at', 'is', null)
      .where((eb) =>
        eb.or([eb('customers.owner_id', 'is', null), eb('customers.owner_id', '<>', scope.userId)]),
      );
    return db
      .selectNoFrom(sql<number>`(${kept('owner', [scope.userId])}) + (${sharedWithMe})`.as('n'))
      .$castTo<{ n: unknown }>() as unknown as TotalQuery['query'];
  }
  if (set.length > 1) return null;
  const [only] = set;
  const counted = only === undefined ? { dimension: 'all', keys: [''] } : keptTotal(query, only);
  return counted ? (kept(counted.dimension, counted.keys) as unknown as TotalQuery['query']) : null;
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
