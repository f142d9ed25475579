import { sql } from 'kysely';
import { scopeCustomers } from '../customers/customer-list';
import { isPostgres } from '../db/dialect';
import type { DB } from '../db/schema';
import type { Scope } from '../http/policy';
import type { InstallmentRow, MilestoneRow, PaymentRow, ProjectRow } from './project.table';

/**
 * Projects of the customers the caller may see (a sales member's own and shared ones), in use or in the recycle bin.
 * Correlated like follow-ups: one lookup of the customer per project read, never the list of every visible customer.
 */
export function visibleProjects(db: DB, scope: Scope, inBin = false) {
  return db
    .selectFrom('projects')
    .where('projects.workspace_id', '=', scope.workspaceId)
    .where('projects.deleted_at', inBin ? 'is not' : 'is', null)
    .where((eb) =>
      eb.exists(
        scopeCustomers(db.selectFrom('customers').select('customers.id'), scope).where(
          'customers.id',
          '=',
          sql.ref<string>('projects.customer_id'),
        ),
      ),
    );
}

/** A project's live parent: what hangs off a project is visible exactly when the project is. */
const liveProject = (db: DB, scope: Scope, column: string) =>
  visibleProjects(db, scope).select('projects.id').where('projects.id', '=', sql.ref<string>(column));

/** Milestones of visible, live projects; in the bin, only those deleted on their own (not with their project). */
export function visibleMilestones(db: DB, scope: Scope, inBin = false) {
  return db
    .selectFrom('milestones')
    .where('milestones.workspace_id', '=', scope.workspaceId)
    .where('milestones.deleted_at', inBin ? 'is not' : 'is', null)
    .where((eb) => eb.exists(liveProject(db, scope, 'milestones.project_id')));
}

export function visibleInstallments(db: DB, scope: Scope, inBin = false) {
  return db
    .selectFrom('installments')
    .where('installments.workspace_id', '=', scope.workspaceId)
    .where('installments.deleted_at', inBin ? 'is not' : 'is', null)
    .where((eb) => eb.exists(liveProject(db, scope, 'installments.project_id')));
}

/** Payments of live installments of visible projects. */
export function visiblePayments(db: DB, scope: Scope, inBin = false) {
  return db
    .selectFrom('payments')
    .where('payments.workspace_id', '=', scope.workspaceId)
    .where('payments.deleted_at', inBin ? 'is not' : 'is', null)
    .where((eb) =>
      eb.exists(
        visibleInstallments(db, scope)
          .select('installments.id')
          .where('installments.id', '=', sql.ref<string>('payments.installment_id')),
      ),
    );
}

export async function findProjectRow(db: DB, scope: Scope, id: string): Promise<ProjectRow | undefined> {
  return visibleProjects(db, scope).selectAll('projects').where('projects.id', '=', id).executeTakeFirst();
}

export async function findMilestoneRow(db: DB, scope: Scope, id: string): Promise<MilestoneRow | undefined> {
  return visibleMilestones(db, scope)
    .selectAll('milestones')
    .where('milestones.id', '=', id)
    .executeTakeFirst();
}

export async function findInstallmentRow(
  db: DB,
  scope: Scope,
  id: string,
): Promise<InstallmentRow | undefined> {
  return visibleInstallments(db, scope)
    .selectAll('installments')
    .where('installments.id', '=', id)
    .executeTakeFirst();
}

export async function findPaymentRow(db: DB, scope: Scope, id: string): Promise<PaymentRow | undefined> {
  return visiblePayments(db, scope).selectAll('payments').where('payments.id', '=', id).executeTakeFirst();
}

/**
 * Serialises the money-moving writes of one project (PostgreSQL; SQLite transactions are serial already). Taken
 * before anything is read, so the sums recomputed afterwards see every payment committed before, and two payments
 * on one installment can never together pass what is due.
 */
export async function lockProject(db: DB, projectId: string): Promise<void> {
  if (isPostgres(db))
    await db.selectFrom('projects').select('id').where('id', '=', projectId).forUpdate().execute();
}

export async function milestonesOf(db: DB, projectIds: readonly string[]): Promise<MilestoneRow[]> {
  if (!projectIds.length) return [];
  return db
    .selectFrom('milestones')
    .selectAll()
    .where('project_id', 'in', [...projectIds])
    .where('deleted_at', 'is', null)
    .orderBy('seq')
    .execute();
}

export async function installmentsOf(db: DB, projectIds: readonly string[]): Promise<InstallmentRow[]> {
  if (!projectIds.length) return [];
  return db
    .selectFrom('installments')
    .selectAll()
    .where('project_id', 'in', [...projectIds])
    .where('deleted_at', 'is', null)
    .orderBy('seq')
    .execute();
}

export async function paymentsOf(db: DB, installmentIds: readonly string[]): Promise<PaymentRow[]> {
  if (!installmentIds.length) return [];
  return db
    .selectFrom('payments')
    .selectAll()
    .where('installment_id', 'in', [...installmentIds])
    .where('deleted_at', 'is', null)
    .orderBy('paid_on')
    .orderBy('id')
    .execute();
}

/** The next free seq: after every milestone or installment the project ever had, so a restored one keeps its own. */
export async function nextSeq(
  db: DB,
  table: 'milestones' | 'installments',
  projectId: string,
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max<number | null>('seq').as('seq'))
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  return Number(row?.seq ?? 0) + 1;
}
