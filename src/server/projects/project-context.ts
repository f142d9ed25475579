import { sql } from 'kysely';
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

/**
 * Each project's milestones: how many, how many done, and whether one is delayed (open past its plan); one grouped
 * read for the page, so a board card needs no request of its own.
 */
async function milestoneCountsOf(
  db: DB,
  ids: string[],
  today: string,
): Promise<ProjectContext['milestones']> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('milestones')
    .select((eb) => [
      'project_id',
      eb.fn.countAll<number>().as('total'),
      eb.fn.count<number>('actual_date').as('done'),
      sql<number>`count(case when actual_date is null and planned_date < ${today} then 1 end)`.as('late'),
    ])
    .where('project_id', 'in', ids)
    .where('deleted_at', 'is', null)
    .groupBy('project_id')
    .execute();
  return new Map(
    rows.map((r) => [
      r.project_id,
      { total: Number(r.total), done: Number(r.done), delayed: Number(r.late) > 0 },
    ]),
  );
}

/** Names of the people and customers of a page of projects, in a handful of queries whatever the page size. */
export async function projectContext(db: DB, reader: Reader, rows: ProjectRow[]): Promise<ProjectContext> {
  const { workspaceId } = reader.scope;
  const today = await workspaceToday(db, workspaceId);
  const ids = rows.map((r) => r.id);
  const [users, customers, milestones] = await Promise.all([
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
    milestoneCountsOf(db, ids, today),
  ]);
  return { today, users, customers, milestones };
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
