import { sql } from 'kysely';
import type { TAnalyticsQuery } from '../../domain/analytics';
import { AGEING_BUCKETS, type TReceivablesAgeingReport } from '../../domain/analytics-reports';
import { addDays } from '../../domain/cadence';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { openInstallments } from '../projects/receivables.repository';
import { analyticsContext } from './analytics-context';

/** Each bucket's oldest day overdue; the last bucket is open-ended. */
const BUCKET_LAST_DAYS = [30, 60, 90] as const;

/**
 * 应收账龄 today: what is still owed (the receivables view's open installments; a member's: the projects they own),
 * by days past the effective due date. Due today or later, or with no date yet (a milestone not done), is not overdue.
 */
export async function receivablesAgeingReport(
  db: DB,
  reader: Reader,
  query: TAnalyticsQuery,
): Promise<TReceivablesAgeingReport> {
  const ctx = await analyticsContext(db, reader, query);
  const due = sql.ref<string | null>('installments.effective_due_date');
  // Days overdue d = today − due: d ≤ 30 means due ≥ today − 30, and so on.
  const [to30, to60, to90] = BUCKET_LAST_DAYS.map((d) => addDays(ctx.today, -d)) as [string, string, string];
  const bucket = sql<string>`case
    when ${due} is null or ${due} >= ${ctx.today} then 'notDue'
    when ${due} >= ${to30} then '0-30'
    when ${due} >= ${to60} then '31-60'
    when ${due} >= ${to90} then '61-90'
    else '90+' end`;
  const open = () => openInstallments(db, reader, { ownerId: ctx.userId ?? undefined });
  const figures = [
    sql<number>`count(*)`.as('count'),
    sql<number>`coalesce(sum(installments.amount_due - installments.received_amount), 0)`.as('amount'),
    sql<number>`count(distinct installments.customer_id)`.as('customers'),
  ];
  const [byBucket, overdue, total] = await Promise.all([
    db
      .selectFrom(
        open()
          .select([
            bucket.as('bucket'),
            'installments.customer_id',
            'installments.amount_due',
            'installments.received_amount',
          ])
          .as('installments'),
      )
      .groupBy('installments.bucket')
      .select(['installments.bucket', ...figures])
      .execute(),
    open().where('installments.effective_due_date', '<', ctx.today).select(figures).executeTakeFirstOrThrow(),
    open().select(figures).executeTakeFirstOrThrow(),
  ]);
  const found = new Map(byBucket.map((r) => [r.bucket, numbers(r)]));
  const none = { count: 0, amount: 0, customers: 0 };
  return {
    period: { kind: ctx.kind, current: ctx.current },
    subject: { userId: ctx.userId, name: ctx.userName },
    today: ctx.today,
    buckets: AGEING_BUCKETS.map((b) => ({ bucket: b, ...(found.get(b) ?? none) })),
    notDue: found.get('notDue') ?? none,
    overdue: numbers(overdue),
    total: numbers(total),
  };
}

function numbers(row: { count: number | string; amount: number | string; customers: number | string }) {
  return { count: Number(row.count), amount: Number(row.amount), customers: Number(row.customers) };
}
