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
  // One pass: per customer what they owe in each bucket, then per bucket the sums and how many customers owe in it.
  const names = ['notDue', ...AGEING_BUCKETS] as const;
  const owed = sql<number>`installments.amount_due - installments.received_amount`;
  const perCustomer = openInstallments(db, reader, { ownerId: ctx.userId ?? undefined })
    .groupBy('installments.customer_id')
    .select((eb) =>
      names.flatMap((name, i) => {
        const inBucket = eb(bucket, '=', name);
        return [
          sql<number>`count(case when ${inBucket} then 1 end)`.as(`n${i}`),
          sql<number>`coalesce(sum(case when ${inBucket} then ${owed} end), 0)`.as(`a${i}`),
        ];
      }),
    )
    .as('c');
  const late = names.slice(1).map((_, i) => sql.ref<number>(`c.n${i + 1}`));
  const row = (await db
    .selectFrom(perCustomer)
    .select([
      ...names.flatMap((_, i) => [
        sql<number>`coalesce(sum(${sql.ref(`c.n${i}`)}), 0)`.as(`count${i}`),
        sql<number>`coalesce(sum(${sql.ref(`c.a${i}`)}), 0)`.as(`amount${i}`),
        sql<number>`count(case when ${sql.ref(`c.n${i}`)} > 0 then 1 end)`.as(`customers${i}`),
      ]),
      sql<number>`count(case when ${sql.join(late, sql` + `)} > 0 then 1 end)`.as('overdueCustomers'),
      sql<number>`count(*)`.as('customers'),
    ])
    .executeTakeFirstOrThrow()) as Record<string, number | string>;
  const figure = (i: number) => ({
    count: Number(row[`count${i}`]),
    amount: Number(row[`amount${i}`]),
    customers: Number(row[`customers${i}`]),
  });
  const found = new Map(names.map((name, i) => [name as string, figure(i)]));
  const sum = (list: { count: number; amount: number }[]) => ({
    count: list.reduce((n, f) => n + f.count, 0),
    amount: list.reduce((n, f) => n + f.amount, 0),
  });
  const buckets = AGEING_BUCKETS.map((b) => found.get(b)!);
  const none = { count: 0, amount: 0, customers: 0 };
  return {
    period: { kind: ctx.kind, current: ctx.current },
    subject: { userId: ctx.userId, name: ctx.userName },
    today: ctx.today,
    buckets: AGEING_BUCKETS.map((b) => ({ bucket: b, ...(found.get(b) ?? none) })),
    notDue: found.get('notDue') ?? none,
    overdue: { ...sum(buckets), customers: Number(row.overdueCustomers) },
    total: { ...sum([...buckets, found.get('notDue')!]), customers: Number(row.customers) },
  };
}
