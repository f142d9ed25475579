import { todayIn } from '../../domain/dates';
import type { TCreateDealInput, TDeal, TUpdateDealInput } from '../../domain/deal';
import { findCustomerRow } from '../customers/customer.repository';
import type { Reader } from '../customers/customer-context';
import { newId, nowIso } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import { conflictOrNotFound } from '../http/concurrency';
import { AppError, notFound } from '../http/errors';
import { FieldErrors } from '../http/field-errors';
import { recordHistory, recordUpdate } from '../history/history.service';
import { nextNumber } from '../numbering/numbering.service';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { dealContext } from './deal-context';
import { refreshDealFields } from './deal-fields';
import { dealChange, type DealChange } from './deal-input';
import { findDealRow } from './deal.repository';
import { toDeal } from './deal.serializer';
import type { DealRow } from './deal.table';
import { createHandoverTask } from './handover';
import { loadPipeline } from './pipeline.service';

export const DEAL_ENTITY = 'deal';
/** 商机编号: S20261130001. */
export const DEAL_NUMBER_PATTERN = 'S{YYYYMMDD}{SEQ:3}';

export async function serializeDeals(db: DB, reader: Reader, rows: DealRow[]): Promise<TDeal[]> {
  const ctx = await dealContext(db, reader, rows);
  return rows.map((row) => toDeal(row, ctx));
}

export async function getDeal(db: DB, reader: Reader, id: string): Promise<TDeal> {
  const row = await findDealRow(db, reader.scope, id);
  const [deal] = row ? await serializeDeals(db, reader, [row]) : [];
  if (!deal) throw notFound();
  return deal;
}

/** How a change reaches the deal: typed by someone, or an approved request (which may move it to won). */
interface Via {
  approved?: boolean;
}

async function changeContext(db: DB, reader: Reader, pipelineId?: string) {
  const [dicts, settings, pipeline] = await Promise.all([
    loadDictionaries(db, reader.scope),
    loadWorkspaceSettings(db, reader.scope.workspaceId),
    loadPipeline(db, reader.scope.workspaceId, pipelineId),
  ]);
  return {
    dicts,
    settings,
    pipeline,
    today: todayIn(settings.timeZone),
    workspaceId: reader.scope.workspaceId,
  };
}

/** Where the workspace asks for approval, nobody moves a deal to won directly: they send a request. */
function checkApproval(approvalOn: boolean, change: DealChange, before: DealRow | undefined, via: Via) {
  if (
    approvalOn &&
    !via.approved &&
    change.moved &&
    change.stage.kind === 'won' &&
    before?.stage_kind !== 'won'
  )
    throw new AppError('APPROVAL_REQUIRED');
}

/** Lines, the stage history, the customer's derived fields and the hand-over task that follow a saved deal. */
async function afterSave(
  trx: DB,
  reader: Reader,
  row: DealRow,
  before: DealRow | undefined,
  change: DealChange,
  timeZone: string,
): Promise<void> {
  const { scope } = reader;
  if (change.lines) {
    await trx.deleteFrom('deal_lines').where('deal_id', '=', row.id).execute();
    if (change.lines.length)
      await trx
        .insertInto('deal_lines')
        .values(
          change.lines.map((line, seq) => ({
            id: newId(),
            workspace_id: scope.workspaceId,
            deal_id: row.id,
            seq,
            ...line,
          })),
        )
        .execute();
  }
  if (change.moved)
    await trx
      .insertInto('deal_stage_changes')
      .values({
        id: newId(),
        workspace_id: scope.workspaceId,
        deal_id: row.id,
        from_stage: before?.stage ?? null,
        to_stage: row.stage,
        at: row.stage_changed_at,
        by: scope.userId || null,
      })
      .execute();
  await refreshDealFields(trx, scope.workspaceId, [row.customer_id]);
  if (change.moved && row.stage_kind === 'won' && before?.stage_kind !== 'won')
    await createHandoverTask(trx, scope, row, timeZone);
}

export async function createDeal(db: DB, reader: Reader, input: TCreateDealInput): Promise<TDeal> {
  const { scope } = reader;
  const id = await inTransaction(db, async (trx) => {
    const ctx = await changeContext(trx, reader);
    const customer = await findCustomerRow(trx, scope, input.customerId);
    if (!customer) {
      const errors = new FieldErrors();
      errors.add('customerId', 'NOT_FOUND');
      errors.throwIfAny();
    }
    const change = await dealChange(trx, { ...ctx, lineCount: 0 }, input);
    checkApproval(ctx.settings.deals.approval, change, undefined, {});
    const at = nowIso();
    const number = await nextNumber(trx, scope.workspaceId, DEAL_NUMBER_PATTERN, { date: ctx.today });
    const row = await trx
      .insertInto('deals')
      .values({
        ...newRecord(scope, at),
        expected_amount: null,
        expected_close_date: null,
        actual_amount: null,
        closed_date: null,
        loss_reason: null,
        loss_note: null,
        after_sales_id: null,
        notes: null,
        ...change.columns,
        number,
        customer_id: input.customerId,
        pipeline_id: ctx.pipeline.row.id,
        title: input.title,
        stage: change.stage.key,
        stage_kind: change.stage.kind,
        stage_changed_at: at,
        owner_id: change.columns.owner_id ?? customer?.owner_id ?? scope.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await afterSave(trx, reader, row, undefined, change, ctx.settings.timeZone);
    const [created] = await serializeDeals(trx, reader, [row]);
    await recordHistory(trx, scope, {
      entityType: DEAL_ENTITY,
      entityId: row.id,
      action: 'create',
      changes: created ?? {},
    });
    return row.id;
  });
  return getDeal(db, reader, id);
}

/** Saves a change inside the caller's transaction; the approval flow uses it to move an approved deal to won. */
export async function saveDealChange(
  trx: DB,
  reader: Reader,
  before: DealRow,
  input: TUpdateDealInput,
  via: Via = {},
): Promise<DealRow> {
  const { scope } = reader;
  const ctx = await changeContext(trx, reader, before.pipeline_id);
  const lineCount = Number(
    (
      await trx
        .selectFrom('deal_lines')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('deal_id', '=', before.id)
        .executeTakeFirst()
    )?.n ?? 0,
  );
  const { version, ...fields } = input;
  const change = await dealChange(trx, { ...ctx, lineCount }, fields, before);
  checkApproval(ctx.settings.deals.approval, change, before, via);
  const at = nowIso();
  const row = await trx
    .updateTable('deals')
    .set({
      ...change.columns,
      ...(change.moved && { stage_changed_at: at }),
      version: version + 1,
      updated_at: at,
      updated_by: scope.userId || null,
    })
    .where('id', '=', before.id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (!row) {
    const current = await findDealRow(trx, scope, before.id);
    const [shown] = current ? await serializeDeals(trx, reader, [current]) : [];
    throw await conflictOrNotFound(
      async () => shown,
      (deal) => deal,
    );
  }
  await afterSave(trx, reader, row, before, change, ctx.settings.timeZone);
  const [was, now] = await serializeDeals(trx, reader, [before, row]);
  if (was && now) await recordUpdate(trx, scope, DEAL_ENTITY, row.id, was, now);
  return row;
}

export async function updateDeal(
  db: DB,
  reader: Reader,
  id: string,
  input: TUpdateDealInput,
): Promise<TDeal> {
  await db.transaction().execute(async (trx) => {
    const before = await findDealRow(trx, reader.scope, id);
    if (!before) throw notFound();
    await saveDealChange(trx, reader, before, input);
  });
  return getDeal(db, reader, id);
}

/** To the recycle bin; the customer's won totals, type and stage follow the deals that remain. */
export async function deleteDeal(db: DB, reader: Reader, id: string): Promise<void> {
  const { scope } = reader;
  await inTransaction(db, async (trx) => {
    const row = await findDealRow(trx, scope, id);
    if (!row) throw notFound();
    await trx
      .updateTable('deals')
      .set({ deleted_at: nowIso(), deleted_by: scope.userId || null, version: row.version + 1 })
      .where('id', '=', id)
      .execute();
    await trx
      .updateTable('deal_approvals')
      .set({ status: 'withdrawn' })
      .where('deal_id', '=', id)
      .where('status', '=', 'pending')
      .execute();
    await refreshDealFields(trx, scope.workspaceId, [row.customer_id]);
    await recordHistory(trx, scope, { entityType: DEAL_ENTITY, entityId: id, action: 'delete', changes: {} });
  });
}
