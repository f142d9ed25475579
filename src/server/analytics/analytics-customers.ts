import { sql, type SelectQueryBuilder } from 'kysely';
import { scopeCustomers } from '../customers/customer-list';
import type { Database, DB } from '../db/schema';
import { seesWholeWorkspace, type AnalyticsContext } from './analytics-context';

export type Customers = SelectQueryBuilder<Database, 'customers', object>;

/** The caller's customers, narrowed to the member's own when the figures are one member's. */
export function customersOf(db: DB, ctx: AnalyticsContext): Customers {
  const q = scopeCustomers(db.selectFrom('customers'), ctx.reader.scope);
  return ctx.userId ? q.where('customers.owner_id', '=', ctx.userId) : q;
}

/**
 * The caller's customers in parts that add up to customersOf: for a sales member, those they own (read through the
 * indexes led by the owner) and those shared with them that another member owns (a few); otherwise one part. One IN
 * over both looked each of the member's customers up among a million: 0.2–0.5 s a count.
 */
function partsOf(db: DB, ctx: AnalyticsContext): Customers[] {
  const { scope } = ctx.reader;
  if (!scope.ownOnly) return [customersOf(db, ctx)];
  const owned = liveCustomers(db, ctx).where('customers.owner_id', '=', scope.userId);
  // A member chosen is the member themselves (subjectOf): their own customers only.
  return ctx.userId ? [owned] : [owned, sharedByOthers(db, ctx)];
}

const liveCustomers = (db: DB, ctx: AnalyticsContext) =>
  db
    .selectFrom('customers')
    .where('customers.workspace_id', '=', ctx.reader.scope.workspaceId)
    .where('customers.deleted_at', 'is', null);

/**
 * The customers shared with a sales member that another member owns or nobody does (a customer back in the pool
 * stays shared): a few, beside the many they own.
 */
export function sharedByOthers(db: DB, ctx: AnalyticsContext): Customers {
  const { scope } = ctx.reader;
  return liveCustomers(db, ctx)
    .where((eb) =>
      eb.or([eb('customers.owner_id', 'is', null), eb('customers.owner_id', '<>', scope.userId)]),
    )
    .where((eb) =>
      eb(
        'customers.id',
        'in',
        eb
          .selectFrom('customer_shares')
          .select('customer_shares.customer_id')
          .where('customer_shares.workspace_id', '=', scope.workspaceId)
          .where('customer_shares.user_id', '=', scope.userId),
      ),
    );
}

/** The count of the caller's customers that `narrow` keeps, part by part (partsOf). */
export async function countParts(db: DB, ctx: AnalyticsContext, narrow: (q: Customers) => Customers) {
  const counts = await Promise.all(
    partsOf(db, ctx).map((part) =>
      narrow(part)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ),
  );
  return counts.reduce((sum, row) => sum + Number(row.n), 0);
}

/** How many customers the figures are about: kept by triggers for the whole workspace or an owner's, else counted. */
export async function customersTotal(db: DB, ctx: AnalyticsContext): Promise<number> {
  if (!seesWholeWorkspace(ctx)) return countParts(db, ctx, (q) => q);
  const row = await db
    .selectFrom('customer_counts')
    .select('n')
    .where('workspace_id', '=', ctx.reader.scope.workspaceId)
    .where('dimension', '=', ctx.userId ? 'owner' : 'all')
    .where('key', '=', ctx.userId ?? '')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Customers per statement when a figure looks at each one's history across the whole workspace. */
const SLICE = 25_000;

/**
 * Sums counts taken over the caller's customers: for the whole workspace in slices of ids, so that no statement
 * holds SQLite (one writer, one thread) for seconds; otherwise (a member's few thousand) in one statement.
 */
export async function sumOverCustomers<K extends string>(
  db: DB,
  ctx: AnalyticsContext,
  count: (customers: Customers) => Promise<Record<K, number | string>>,
): Promise<Record<K, number>> {
  const sums = {} as Record<K, number>;
  const add = (row: Record<K, number | string>) => {
    for (const key of Object.keys(row) as K[]) sums[key] = (sums[key] ?? 0) + Number(row[key]);
  };
  if (ctx.userId || !seesWholeWorkspace(ctx)) {
    add(await count(customersOf(db, ctx)));
    return sums;
  }
  let after: string | null = null;
  for (;;) {
    let ids = customersOf(db, ctx)
      .select('customers.id')
      .orderBy('customers.id')
      .offset(SLICE - 1)
      .limit(1);
    if (after) ids = ids.where('customers.id', '>', after);
    const edge = await ids.executeTakeFirst();
    let slice = customersOf(db, ctx);
    if (after) slice = slice.where('customers.id', '>', after);
    if (edge) slice = slice.where('customers.id', '<=', edge.id);
    add(await count(slice));
    if (!edge) return sums;
    after = edge.id;
  }
}

/** The days kept per live customer in customer_counts (migration 2026_12_01_160000). */
type DayDimension = 'lastFollowUpDay' | 'nextDueDate';

/**
 * How many of the caller's customers have their `column` day on or after `from` and before `before` (when given):
 * for the whole workspace from the counts kept per day, else counted over their customers.
 */
export async function customersWithDay(
  db: DB,
  ctx: AnalyticsContext,
  column: 'last_follow_up_day' | 'next_due_date',
  from: string,
  before: string | null,
): Promise<number> {
  if (seesWholeWorkspace(ctx) && !ctx.userId) {
    const dimension: DayDimension = column === 'last_follow_up_day' ? 'lastFollowUpDay' : 'nextDueDate';
    let q = db
      .selectFrom('customer_counts')
      .select(sql<number>`coalesce(sum(n), 0)`.as('n'))
      .where('workspace_id', '=', ctx.reader.scope.workspaceId)
      .where('dimension', '=', dimension)
      .where('key', '>=', from);
    if (before) q = q.where('key', '<', before);
    return Number((await q.executeTakeFirstOrThrow()).n);
  }
  return countParts(db, ctx, (part) => {
    const q = part.where(`customers.${column}`, '>=', from);
    return before ? q.where(`customers.${column}`, '<', before) : q;
  });
}
