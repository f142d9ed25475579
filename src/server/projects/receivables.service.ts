import { sql, type SqlBool } from 'kysely';
import { z } from 'zod';
import { daysOverdue, installmentStatus, RECEIVABLE_VIEWS, weekOf } from '../../domain/project';
import type { TReceivable, TReceivablesPage } from '../../domain/receivables';
import type { Reader } from '../customers/customer-context';
import { customerRefs, userNames } from '../customers/customer.repository';
import { TOTAL_CAP } from '../customers/customer-total';
import type { DB } from '../db/schema';
import { decodeCursor, encodeCursor } from '../http/pagination';
import { workspaceToday } from './project-context';
import { byCustomer } from './receivables-by-customer';
import { countOf, openInstallments } from './receivables.repository';

export const ZReceivablesQuery = z.object({
  /** due: overdue and due this week (Monday–Sunday of the workspace's today); customer: sums per customer. */
  view: z.enum(RECEIVABLE_VIEWS).default('due'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  customerId: z.string().max(64).optional(),
  /** The project's owner; `me` is the caller. */
  ownerId: z.string().max(64).optional(),
});
export type TReceivablesQuery = z.infer<typeof ZReceivablesQuery>;

/**
 * What is owed, soonest due first (so the longest overdue lead): overdue, due this week, or both; keyset on
 * (effective due date, id), the order of installments_open_idx. Days overdue are worked out for the page only.
 */
export async function listReceivables(
  db: DB,
  reader: Reader,
  query: TReceivablesQuery,
): Promise<TReceivablesPage> {
  const today = await workspaceToday(db, reader.scope.workspaceId);
  const base = openInstallments(db, reader, query);
  if (query.view === 'customer') return byCustomer(db, reader, query, base, today);
  const { monday, sunday } = weekOf(today);
  let q = base;
  if (query.view === 'overdue') q = q.where('installments.effective_due_date', '<', today);
  if (query.view === 'week')
    q = q
      .where('installments.effective_due_date', '>=', monday)
      .where('installments.effective_due_date', '<=', sunday);
  if (query.view === 'due') q = q.where('installments.effective_due_date', '<=', sunday);
  const n = await countOf(db, q, false);
  if (query.cursor) {
    const [date, id] = decodeCursor(query.cursor).map(String) as [string, string];
    q = q.where(
      sql<SqlBool>`(installments.effective_due_date > ${date} or (installments.effective_due_date = ${date} and installments.id > ${id}))`,
    );
  }
  const rows = await q
    .innerJoin('projects', 'projects.id', 'installments.project_id')
    .select([
      'installments.id',
      'installments.name',
      'installments.seq',
      'installments.customer_id',
      'installments.amount_due',
      'installments.received_amount',
      'installments.effective_due_date',
      'projects.id as project_id',
      'projects.number as project_number',
      'projects.name as project_name',
      'projects.owner_id',
    ])
    .orderBy('installments.effective_due_date')
    .orderBy('installments.id')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const ws = reader.scope.workspaceId;
  const [customers, users] = await Promise.all([
    customerRefs(
      db,
      ws,
      page.map((r) => r.customer_id),
    ),
    userNames(
      db,
      ws,
      page.map((r) => r.owner_id),
    ),
  ]);
  const items = page.map((r): TReceivable => {
    const state = {
      amountDue: r.amount_due,
      receivedAmount: r.received_amount,
      effectiveDueDate: r.effective_due_date,
    };
    const customer = customers.get(r.customer_id);
    return {
      installment: { id: r.id, name: r.name, seq: r.seq },
      project: { id: r.project_id, number: r.project_number, name: r.project_name },
      customer: { id: r.customer_id, name: customer?.name ?? '', number: customer?.number ?? '' },
      owner: { id: r.owner_id, name: users.get(r.owner_id) ?? '' },
      ...state,
      outstandingAmount: r.amount_due - r.received_amount,
      status: installmentStatus(state, today),
      daysOverdue: daysOverdue(state, today),
    };
  });
  const last = page.at(-1);
  return {
    view: query.view,
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.effective_due_date, last.id]) : null,
    total: Math.min(n, TOTAL_CAP),
    totalCapped: n > TOTAL_CAP,
  };
}
