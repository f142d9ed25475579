import { sql, type SqlBool } from 'kysely';
import { isPostgres, plusDays } from '../db/dialect';
import type { DB } from '../db/schema';

/**
 * Which installments to recompute: some projects', those bound to some milestones, or the whole workspace's (after
 * its payment term changed: only the rows whose date moves are written).
 */
/** Which installments: of these projects, bound to these milestones, or every one bound to a milestone. */
export type InstallmentSelection =
  { projectIds: readonly string[] } | { milestoneIds: readonly string[] } | 'allBound';

/**
 * What an installment derives, stored on the row so that the receivables view and its partial index
 * (installments_open_idx) filter and sort on it: the sum and the latest day of its live payments, and the effective
 * due date (`effectiveDueDate` in domain/project.ts, in SQL). Set-based, one statement for any number of rows; only
 * rows whose values change are written. Versions are left alone: a payment recorded by a colleague must not make
 * someone's open edit of the installment stale. A bound milestone counts whether or not it sits in the recycle bin:
 * deleting the record of delivered work does not cancel what is owed for it.
 */
export async function refreshInstallmentFields(
  db: DB,
  workspaceId: string,
  paymentTermDays: number,
  which: InstallmentSelection,
): Promise<void> {
  if (which !== 'allBound' && !('projectIds' in which ? which.projectIds : which.milestoneIds).length) return;
  const pg = isPostgres(db);
  const payments = sql`from payments p where p.installment_id = installments.id and p.deleted_at is null`;
  const received = sql<number>`(select cast(coalesce(sum(p.amount), 0) as bigint) ${payments})`;
  const receivedDate = sql<string | null>`(select max(p.paid_on) ${payments})`;
  const completed = plusDays(db, sql.ref('m.actual_date'), sql.lit(paymentTermDays));
  const due = sql<string | null>`coalesce(due_date,
    (select ${completed} from milestones m where m.id = installments.milestone_id))`;
  const columns = sql`(received_amount, received_date, effective_due_date)`;
  const values = sql`(${received}, ${receivedDate}, ${due})`;
  let q = db
    .updateTable('installments')
    .set({ received_amount: received, received_date: receivedDate, effective_due_date: due })
    .where('workspace_id', '=', workspaceId);
  if (which === 'allBound') q = q.where('milestone_id', 'is not', null);
  else
    q =
      'projectIds' in which
        ? q.where('project_id', 'in', [...which.projectIds])
        : q.where('milestone_id', 'in', [...which.milestoneIds]);
  await q
    .where(
      pg ? sql<SqlBool>`${columns} is distinct from ${values}` : sql<SqlBool>`${columns} is not ${values}`,
    )
    .execute();
}

/** A project's received amount: the sum over its live installments (each already summing its payments). */
export async function refreshProjectReceived(db: DB, projectIds: readonly string[]): Promise<void> {
  if (!projectIds.length) return;
  const sum = sql<number>`(select cast(coalesce(sum(i.received_amount), 0) as bigint) from installments i
    where i.project_id = projects.id and i.deleted_at is null)`;
  await db
    .updateTable('projects')
    .set({ received_amount: sum })
    .where('id', 'in', [...projectIds])
    .where(sql<SqlBool>`received_amount <> ${sum}`)
    .execute();
}

/** Both, for the projects a change touched. */
export async function refreshMoney(
  db: DB,
  workspaceId: string,
  paymentTermDays: number,
  projectIds: readonly string[],
): Promise<void> {
  await refreshInstallmentFields(db, workspaceId, paymentTermDays, { projectIds });
  await refreshProjectReceived(db, projectIds);
}
