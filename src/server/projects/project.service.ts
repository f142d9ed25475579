import { todayIn } from '../../domain/dates';
import type { TCreateProjectInput, TProjectDetail, TUpdateProjectInput } from '../../domain/project';
import { now } from '../clock';
import type { Reader } from '../customers/customer-context';
import { findCustomerRow } from '../customers/customer.repository';
import { nowIso } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { findDealRow } from '../deals/deal.repository';
import { conflictOrNotFound } from '../http/concurrency';
import { notFound } from '../http/errors';
import { recordHistory, recordUpdate } from '../history/history.service';
import { nextNumber } from '../numbering/numbering.service';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { refreshMoney } from './installment-fields';
import { projectDetail, serializeProjects } from './project-context';
import { milestoneColumns, ProjectErrors, projectColumns } from './project-input';
import { findProjectRow } from './project.repository';
import { binProject } from './project-bin-rows';

export const PROJECT_ENTITY = 'project';
/** 项目编号, like the follow-ups' G20240501001. */
export const PROJECT_NUMBER_PATTERN = 'P{YYYYMMDD}{SEQ:3}';

export async function getProject(db: DB, reader: Reader, id: string): Promise<TProjectDetail> {
  const row = await findProjectRow(db, reader.scope, id);
  if (!row) throw notFound();
  return projectDetail(db, reader, row);
}

/** Checks the deal a project is made from: visible, of the same customer, and won. */
async function sourceDeal(db: DB, reader: Reader, input: TCreateProjectInput, errors: ProjectErrors) {
  if (!input.dealId) return undefined;
  const deal = await findDealRow(db, reader.scope, input.dealId);
  if (!deal) errors.add('dealId', 'NOT_FOUND');
  else if (deal.customer_id !== input.customerId) errors.add('dealId', 'DEAL_NOT_OF_CUSTOMER');
  else if (deal.stage_kind !== 'won') errors.add('dealId', 'PROJECT_DEAL_NOT_WON');
  return deal;
}

/**
 * A project by hand, or from a won deal (name, contract amount and owner default to the deal's), with its first
 * milestones and installments in the same transaction; installments bind to milestones by their place (M1 = 1).
 */
export async function createProject(
  db: DB,
  reader: Reader,
  input: TCreateProjectInput,
): Promise<TProjectDetail> {
  const { scope } = reader;
  const id = await inTransaction(db, async (trx) => {
    const settings = await loadWorkspaceSettings(trx, scope.workspaceId);
    const today = todayIn(settings.timeZone, now());
    const errors = new ProjectErrors();
    const customer = await findCustomerRow(trx, scope, input.customerId);
    if (!customer) errors.add('customerId', 'NOT_FOUND');
    const deal = await sourceDeal(trx, reader, input, errors);
    const columns = await projectColumns(trx, scope.workspaceId, input, errors);
    const name = columns.name ?? deal?.title;
    if (!name) errors.add('name', 'FIELD_REQUIRED');
    const contractAmount = columns.contract_amount ?? deal?.actual_amount ?? deal?.expected_amount ?? null;
    if (contractAmount === null) errors.add('contractAmount', 'FIELD_REQUIRED');
    const milestones = (input.milestones ?? []).map((m, i) =>
      milestoneColumns(m, undefined, today, errors, `milestones.${i}.`),
    );
    (input.installments ?? []).forEach((inst, i) => {
      if (!inst.dueDate === !inst.milestoneSeq)
        errors.add(`installments.${i}.${inst.dueDate ? 'milestoneSeq' : 'dueDate'}`, 'INSTALLMENT_DUE_ONE');
      else if (inst.milestoneSeq && inst.milestoneSeq > milestones.length)
        errors.add(`installments.${i}.milestoneSeq`, 'MILESTONE_NOT_OF_PROJECT');
    });
    errors.throwIfAny();
    if (!customer || !name || contractAmount === null) throw notFound();
    const number = await nextNumber(trx, scope.workspaceId, PROJECT_NUMBER_PATTERN, { date: today });
    const row = await trx
      .insertInto('projects')
      .values({
        ...newRecord(scope),
        number,
        customer_id: customer.id,
        deal_id: deal?.id ?? null,
        contract_id: null,
        name,
        owner_id: columns.owner_id ?? deal?.owner_id ?? reader.actor.id,
        status: columns.status ?? 'not_started',
        contract_amount: contractAmount,
        start_date: columns.start_date ?? null,
        expected_end: columns.expected_end ?? null,
        notes: columns.notes ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const milestoneIds: string[] = [];
    for (const [i, m] of milestones.entries()) {
      const record = newRecord(scope);
      milestoneIds.push(record.id);
      await trx
        .insertInto('milestones')
        .values({
          ...record,
          project_id: row.id,
          seq: i + 1,
          content: m.content ?? '',
          planned_date: m.planned_date ?? today,
          actual_date: m.actual_date ?? null,
          deliverables: m.deliverables ?? null,
          delay_reason: m.delay_reason ?? null,
        })
        .execute();
    }
    for (const [i, inst] of (input.installments ?? []).entries())
      await trx
        .insertInto('installments')
        .values({
          ...newRecord(scope),
          project_id: row.id,
          customer_id: customer.id,
          seq: i + 1,
          name: inst.name,
          amount_due: inst.amountDue,
          due_date: inst.dueDate ?? null,
          milestone_id: inst.milestoneSeq ? (milestoneIds[inst.milestoneSeq - 1] ?? null) : null,
          effective_due_date: null,
        })
        .execute();
    await refreshMoney(trx, scope.workspaceId, settings.deals.paymentTermDays, [row.id]);
    const [created] = await serializeProjects(trx, reader, [row]);
    await recordHistory(trx, scope, {
      entityType: PROJECT_ENTITY,
      entityId: row.id,
      action: 'create',
      changes: created ?? {},
    });
    return row.id;
  });
  return getProject(db, reader, id);
}

export async function updateProject(
  db: DB,
  reader: Reader,
  id: string,
  input: TUpdateProjectInput,
): Promise<TProjectDetail> {
  const { scope } = reader;
  await db.transaction().execute(async (trx) => {
    const before = await findProjectRow(trx, scope, id);
    if (!before) throw notFound();
    const errors = new ProjectErrors();
    const { version, ...fields } = input;
    const columns = await projectColumns(trx, scope.workspaceId, fields, errors);
    errors.throwIfAny();
    const row = await trx
      .updateTable('projects')
      .set({ ...columns, version: version + 1, updated_at: nowIso(), updated_by: scope.userId || null })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('deleted_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!row) {
      const current = await findProjectRow(trx, scope, id);
      throw await conflictOrNotFound(
        async () => (current ? await projectDetail(trx, reader, current) : undefined),
        (project) => project,
      );
    }
    const [was, now] = await serializeProjects(trx, reader, [before, row]);
    if (was && now) await recordUpdate(trx, scope, PROJECT_ENTITY, id, was, now);
  });
  return getProject(db, reader, id);
}

/** To the recycle bin, with its milestones, installments and payments (they come back with it). */
export async function deleteProject(db: DB, reader: Reader, id: string): Promise<void> {
  const { scope } = reader;
  await inTransaction(db, async (trx) => {
    const row = await findProjectRow(trx, scope, id);
    if (!row) throw notFound();
    await binProject(trx, scope, row);
    await recordHistory(trx, scope, {
      entityType: PROJECT_ENTITY,
      entityId: id,
      action: 'delete',
      changes: {},
    });
  });
}
