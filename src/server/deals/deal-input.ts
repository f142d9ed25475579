import type { Updateable } from 'kysely';
import type { TCreateDealInput, TUpdateDealInput } from '../../domain/deal';
import { lineAmount, sumFen } from '../../domain/money';
import type { TStageRequirable } from '../../domain/pipeline';
import { fromJson, isTrue } from '../db/dialect';
import type { DB } from '../db/schema';
import type { Dictionaries } from '../dictionaries/dictionary.service';
import { AppError } from '../http/errors';
import { FieldErrors } from '../http/field-errors';
import { existingMembers } from '../users/user.service';
import type { DealRow, DealTable, PipelineStageRow } from './deal.table';
import { findStage, type LoadedPipeline } from './pipeline.service';

type Fields = Omit<TUpdateDealInput, 'version'> & Pick<Partial<TCreateDealInput>, 'customerId'>;

export interface DealLineValues {
  name: string;
  quantity: string;
  unit_price: number;
  amount: number;
}

export interface DealChange {
  columns: Updateable<DealTable>;
  /** Replaces every line when set. */
  lines?: DealLineValues[];
  stage: PipelineStageRow;
  /** The deal moves to another stage (or is new). */
  moved: boolean;
}

/**
 * A deal's columns after this input, checked against the pipeline, the dictionaries, the members and the target
 * stage's rules (its required fields; a loss reason when lost). Closing fills the closed date (today) and the
 * actual amount (the expected one) when they are not given; reopening clears the closed date and the loss reason.
 * Every problem is reported at once, with its field path.
 */
export async function dealChange(
  db: DB,
  ctx: {
    workspaceId: string;
    dicts: Dictionaries;
    pipeline: LoadedPipeline;
    today: string;
    /** Lines the deal has now (an update that does not send lines keeps them). */
    lineCount: number;
  },
  input: Fields,
  before?: DealRow,
): Promise<DealChange> {
  const errors = new FieldErrors();
  const columns: Updateable<DealTable> = {};
  const { pipeline, dicts } = ctx;
  const fallback = pipeline.stages.find((s) => s.kind === 'open' && !isTrue(s.archived));
  const current = before && pipeline.stages.find((s) => s.key === before.stage);
  let stage = current ?? fallback;
  if (input.stage !== undefined) {
    const found = findStage(pipeline, input.stage);
    if (!found) errors.add('stage', 'STAGE_UNKNOWN');
    else if (isTrue(found.archived) && found.key !== before?.stage) errors.add('stage', 'STAGE_ARCHIVED');
    else stage = found;
  }
  const people = [input.ownerId, input.afterSalesId].filter((id): id is string => !!id);
  const members = await existingMembers(db, ctx.workspaceId, people);
  if (input.ownerId !== undefined) {
    if (members.has(input.ownerId)) columns.owner_id = input.ownerId;
    else errors.add('ownerId', 'MEMBER_INVALID');
  }
  if (input.afterSalesId !== undefined) {
    if (input.afterSalesId === null || members.has(input.afterSalesId))
      columns.after_sales_id = input.afterSalesId;
    else errors.add('afterSalesId', 'MEMBER_INVALID');
  }
  if (input.lossReason !== undefined) {
    const reason = input.lossReason === null ? null : dicts.resolve('lossReason', input.lossReason);
    if (reason === undefined) errors.add('lossReason', 'UNKNOWN_DICTIONARY_VALUE');
    else columns.loss_reason = reason;
  }
  if (input.title !== undefined) columns.title = input.title;
  if (input.expectedAmount !== undefined) columns.expected_amount = input.expectedAmount;
  if (input.expectedCloseDate !== undefined) columns.expected_close_date = input.expectedCloseDate;
  if (input.actualAmount !== undefined) columns.actual_amount = input.actualAmount;
  if (input.closedDate !== undefined) columns.closed_date = input.closedDate;
  if (input.lossNote !== undefined) columns.loss_note = input.lossNote || null;
  if (input.notes !== undefined) columns.notes = input.notes || null;
  let lines: DealLineValues[] | undefined;
  if (input.lines !== undefined) {
    lines = input.lines.map((l) => ({
      name: l.name,
      quantity: l.quantity,
      unit_price: l.unitPrice,
      amount: lineAmount(l.quantity, l.unitPrice),
    }));
    // With lines the expected amount is their sum, so the two never disagree.
    if (lines.length) columns.expected_amount = sumFen(lines.map((l) => l.amount));
  }
  // A pipeline always keeps an open stage (ZUpdatePipelineInput), so this is only a guard.
  if (!stage) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'stage', code: 'STAGE_UNKNOWN' }] });
  const moved = !before || before.stage !== stage.key;
  if (moved) {
    columns.stage = stage.key;
    columns.stage_kind = stage.kind;
  }
  const value = <K extends keyof DealRow>(key: K) =>
    (key in columns ? columns[key as keyof typeof columns] : before?.[key]) as DealRow[K] | null | undefined;
  const wasClosed = before ? before.stage_kind !== 'open' : false;
  if (stage.kind === 'open' && wasClosed && moved) {
    columns.closed_date = null;
    columns.loss_reason = null;
    columns.loss_note = null;
  }
  if (stage.kind !== 'open' && moved && !value('closed_date')) columns.closed_date = ctx.today;
  if (stage.kind === 'won' && value('actual_amount') == null)
    columns.actual_amount = value('expected_amount') ?? null;
  if (stage.kind === 'lost' && !value('loss_reason')) errors.add('lossReason', 'FIELD_REQUIRED');
  const required = fromJson<TStageRequirable[]>(stage.required_fields);
  if (required.includes('expectedAmount') && value('expected_amount') == null)
    errors.add('expectedAmount', 'FIELD_REQUIRED');
  if (required.includes('expectedCloseDate') && !value('expected_close_date'))
    errors.add('expectedCloseDate', 'FIELD_REQUIRED');
  if (required.includes('lines') && (lines?.length ?? ctx.lineCount) === 0)
    errors.add('lines', 'FIELD_REQUIRED');
  errors.throwIfAny();
  return { columns, lines, stage, moved };
}
