import { sql } from 'kysely';
import { weekOf } from '../../domain/project';
import type { TReceivablesSummary } from '../../domain/receivables';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { workspaceToday } from './project-context';
import { openInstallments, type ReceivableFilters } from './receivables.repository';

/**
 * 已逾期 / 本周到期 / 待收合计 over every open installment the caller may see, summed in the database in one read of
 * the open-installments index (the lists show a page; their header must not add up only that page).
 */
export async function receivablesSummary(
  db: DB,
  reader: Reader,
  query: ReceivableFilters,
): Promise<TReceivablesSummary> {
  const today = await workspaceToday(db, reader.scope.workspaceId);
  const { sunday } = weekOf(today);
  const outstanding = sql`installments.amount_due - installments.received_amount`;
  const overdue = sql`installments.effective_due_date < ${today}`;
  const week = sql`installments.effective_due_date >= ${today} and installments.effective_due_date <= ${sunday}`;
  const row = await openInstallments(db, reader, query)
    .select([
      sql<number>`coalesce(sum(case when ${overdue} then ${outstanding} else 0 end), 0)`.as('overdue_amount'),
      sql<number>`count(case when ${overdue} then 1 end)`.as('overdue_count'),
      sql<number>`coalesce(sum(case when ${week} then ${outstanding} else 0 end), 0)`.as('week_amount'),
      sql<number>`count(case when ${week} then 1 end)`.as('week_count'),
      sql<number>`coalesce(sum(${outstanding}), 0)`.as('owed_amount'),
      sql<number>`count(*)`.as('owed_count'),
      sql<number>`count(distinct installments.customer_id)`.as('customers'),
    ])
    .executeTakeFirstOrThrow();
  return {
    overdue: { amount: Number(row.overdue_amount), count: Number(row.overdue_count) },
    week: { amount: Number(row.week_amount), count: Number(row.week_count) },
    owed: {
      amount: Number(row.owed_amount),
      count: Number(row.owed_count),
      customers: Number(row.customers),
    },
  };
}
