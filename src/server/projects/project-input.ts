import type { Updateable } from 'kysely';
import type { ErrorCode } from '../../domain/error-codes';
import {
  isMilestoneLate,
  type TCreateInstallmentInput,
  type TCreateMilestoneInput,
  type TUpdateProjectInput,
} from '../../domain/project';
import type { DB } from '../db/schema';
import { FieldErrors } from '../http/field-errors';
import { existingMembers } from '../users/user.service';
import type {
  InstallmentRow,
  InstallmentTable,
  MilestoneRow,
  MilestoneTable,
  ProjectTable,
} from './project.table';

const RULES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'PROJECT_DEAL_NOT_WON',
  'DEAL_NOT_OF_CUSTOMER',
  'MILESTONE_NOT_OF_PROJECT',
  'INSTALLMENT_DUE_ONE',
  'PAYMENT_EXCEEDS_DUE',
]);

/**
 * Field problems, all at once. A request that breaks only one business rule (a deal not won, both a due date and a
 * milestone) is answered with that rule's own code and status (422), so scripts can tell it from a typing slip;
 * anything mixed is VALIDATION_FAILED, each field still with its own code.
 */
export class ProjectErrors extends FieldErrors {
  private readonly codes = new Set<ErrorCode>();

  override add(path: string, code: ErrorCode): void {
    super.add(path, code);
    this.codes.add(code);
  }

  override throwIfAny(): void {
    const [only] = this.codes;
    super.throwIfAny(this.codes.size === 1 && only && RULES.has(only) ? only : 'VALIDATION_FAILED');
  }
}

type ProjectFields = Omit<TUpdateProjectInput, 'version'>;

export async function projectColumns(
  db: DB,
  workspaceId: string,
  input: ProjectFields,
  errors: FieldErrors,
): Promise<Updateable<ProjectTable>> {
  const columns: Updateable<ProjectTable> = {};
  if (input.ownerId !== undefined) {
    if ((await existingMembers(db, workspaceId, [input.ownerId])).has(input.ownerId))
      columns.owner_id = input.ownerId;
    else errors.add('ownerId', 'MEMBER_INVALID');
  }
  if (input.name !== undefined) columns.name = input.name;
  if (input.contractAmount !== undefined) columns.contract_amount = input.contractAmount;
  if (input.status !== undefined) columns.status = input.status;
  if (input.startDate !== undefined) columns.start_date = input.startDate;
  if (input.expectedEnd !== undefined) columns.expected_end = input.expectedEnd;
  if (input.notes !== undefined) columns.notes = input.notes || null;
  return columns;
}

/** A milestone's columns; a late one (open past its plan, or done after it) is refused without a delay reason. */
export function milestoneColumns(
  input: Partial<TCreateMilestoneInput>,
  before: MilestoneRow | undefined,
  today: string,
  errors: FieldErrors,
  path = '',
): Updateable<MilestoneTable> {
  const columns: Updateable<MilestoneTable> = {};
  if (input.content !== undefined) columns.content = input.content;
  if (input.plannedDate !== undefined) columns.planned_date = input.plannedDate;
  if (input.actualDate !== undefined) columns.actual_date = input.actualDate;
  if (input.deliverables !== undefined) columns.deliverables = input.deliverables || null;
  if (input.delayReason !== undefined) columns.delay_reason = input.delayReason || null;
  const plannedDate = columns.planned_date ?? before?.planned_date ?? '';
  const actualDate = columns.actual_date !== undefined ? columns.actual_date : (before?.actual_date ?? null);
  const reason = columns.delay_reason !== undefined ? columns.delay_reason : (before?.delay_reason ?? null);
  if (isMilestoneLate({ plannedDate, actualDate }, today) && !reason)
    errors.add(`${path}delayReason`, 'FIELD_REQUIRED');
  return columns;
}

/**
 * An installment's columns: exactly one of a due date and a milestone of the same project. Setting one clears the
 * other unless the request gives both, so "bind it to M2 instead" is one field.
 */
export async function installmentColumns(
  db: DB,
  projectId: string,
  input: Partial<TCreateInstallmentInput>,
  before: InstallmentRow | undefined,
  errors: FieldErrors,
  path = '',
): Promise<Updateable<InstallmentTable>> {
  const columns: Updateable<InstallmentTable> = {};
  if (input.name !== undefined) columns.name = input.name;
  if (input.amountDue !== undefined) {
    columns.amount_due = input.amountDue;
    // What was already paid cannot be more than what is due.
    if (before && input.amountDue < before.received_amount)
      errors.add(`${path}amountDue`, 'PAYMENT_EXCEEDS_DUE');
  }
  if (input.dueDate !== undefined) columns.due_date = input.dueDate;
  if (input.milestoneId !== undefined) columns.milestone_id = input.milestoneId;
  if (input.dueDate && input.milestoneId === undefined) columns.milestone_id = null;
  if (input.milestoneId && input.dueDate === undefined) columns.due_date = null;
  const dueDate = columns.due_date !== undefined ? columns.due_date : (before?.due_date ?? null);
  const milestoneId =
    columns.milestone_id !== undefined ? columns.milestone_id : (before?.milestone_id ?? null);
  if (!dueDate === !milestoneId)
    errors.add(`${path}${dueDate ? 'milestoneId' : 'dueDate'}`, 'INSTALLMENT_DUE_ONE');
  if (input.milestoneId) {
    const milestone = await db
      .selectFrom('milestones')
      .select('id')
      .where('id', '=', input.milestoneId)
      .where('project_id', '=', projectId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!milestone) errors.add(`${path}milestoneId`, 'MILESTONE_NOT_OF_PROJECT');
  }
  return columns;
}
