import { todayIn } from '../../domain/dates';
import { sumFen } from '../../domain/money';
import { unscheduledAmount, type TProject, type TProjectDetail } from '../../domain/project';
import { now } from '../clock';
import type { Reader } from '../customers/customer-context';
import { customerRefs, userNames } from '../customers/customer.repository';
import type { DB } from '../db/schema';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { installmentsOf, milestonesOf, paymentsOf } from './project.repository';
import { toInstallment, toMilestone, toProject, type ProjectContext } from './project.serializer';
import type { PaymentRow, ProjectRow } from './project.table';

/** The workspace's today, which every derived status is counted from. */
export async function workspaceToday(db: DB, workspaceId: string): Promise<string> {
  return todayIn((await loadWorkspaceSettings(db, workspaceId)).timeZone, now());
}

/** Which of these projects have a delayed milestone (open past its plan): one query on milestones_open_idx's rows. */
async function delayedOf(db: DB, ids: string[], today: string): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .selectFrom('milestones')
    .select('project_id')
    .distinct()
    .where('project_id', 'in', ids)
    .where('deleted_at', 'is', null)
    .where('actual_date', 'is', null)
    .where('planned_date', '<', today)
    .execute();
  return new Set(rows.map((r) => r.project_id));
}

/** Names of the people and customers of a page of projects, in a handful of queries whatever the page size. */
export async function projectContext(db: DB, reader: Reader, rows: ProjectRow[]): Promise<ProjectContext> {
  const { workspaceId } = reader.scope;
  const today = await workspaceToday(db, workspaceId);
  const ids = rows.map((r) => r.id);
  const [users, customers, delayed] = await Promise.all([
    userNames(
      db,
      workspaceId,
      rows.map((r) => r.owner_id),
    ),
    customerRefs(
      db,
      workspaceId,
      rows.map((r) => r.customer_id),
    ),
    delayedOf(db, ids, today),
  ]);
  return { today, users, customers, delayed };
}

export async function serializeProjects(db: DB, reader: Reader, rows: ProjectRow[]): Promise<TProject[]> {
  const ctx = await projectContext(db, reader, rows);
  return rows.map((row) => toProject(row, ctx));
}

/** A project with its milestones and its installments (each with its payments), and what is left to schedule. */
export async function projectDetail(db: DB, reader: Reader, row: ProjectRow): Promise<TProjectDetail> {
  const ctx = await projectContext(db, reader, [row]);
  const [milestones, installments] = await Promise.all([
    milestonesOf(db, [row.id]),
    installmentsOf(db, [row.id]),
  ]);
  const payments = new Map<string, PaymentRow[]>();
  for (const p of await paymentsOf(
    db,
    installments.map((i) => i.id),
  ))
    payments.set(p.installment_id, [...(payments.get(p.installment_id) ?? []), p]);
  const installmentsTotal = sumFen(installments.map((i) => i.amount_due));
  return {
    ...toProject(row, ctx),
    milestones: milestones.map((m) => toMilestone(m, ctx.today)),
    installments: installments.map((i) => toInstallment(i, payments.get(i.id) ?? [], ctx.today)),
    installmentsTotal,
    unscheduledAmount: unscheduledAmount(row.contract_amount, installmentsTotal),
  };
}
