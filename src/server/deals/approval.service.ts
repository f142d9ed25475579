import type { TApproval, TApprovalRequestInput } from '../../domain/deal';
import { formatYuan } from '../../domain/money';
import { userNames } from '../customers/customer.repository';
import type { Reader } from '../customers/customer-context';
import { isTrue, isUniqueViolation, newId, nowIso } from '../db/dialect';
import type { DB } from '../db/schema';
import { AppError, notFound } from '../http/errors';
import { can } from '../http/policy';
import { FieldErrors } from '../http/field-errors';
import { recordHistory } from '../history/history.service';
import { notify } from '../notifications/notify.service';
import { findDealRow } from './deal.repository';
import { DEAL_ENTITY, saveDealChange } from './deal.service';
import { toApproval } from './deal.serializer';
import type { DealApprovalRow, DealRow } from './deal.table';
import { findStage, loadPipeline } from './pipeline.service';

/** Who may decide a request: managers, admins and the owner (the `deals.approve` action). */
const APPROVER_ROLES = ['owner', 'admin', 'manager'] as const;

async function approvalsOut(db: DB, reader: Reader, rows: DealApprovalRow[]): Promise<TApproval[]> {
  const { workspaceId } = reader.scope;
  const people = rows.flatMap((r) => [r.requested_by, r.decided_by]).filter((id): id is string => !!id);
  const users = await userNames(db, workspaceId, people);
  return rows.map((row) => toApproval(row, users, !can(reader.actor, 'personalData.view')));
}

/** Every request of a deal, newest first: the approval history 审批记录. */
export async function listDealApprovals(db: DB, reader: Reader, dealId: string): Promise<TApproval[]> {
  if (!(await findDealRow(db, reader.scope, dealId))) throw notFound();
  const rows = await db
    .selectFrom('deal_approvals')
    .selectAll()
    .where('deal_id', '=', dealId)
    .orderBy('requested_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return approvalsOut(db, reader, rows);
}

/** Writes to each member in their language; the text names the deal, the amount and who acted. */
async function tell(
  db: DB,
  workspaceId: string,
  userIds: string[],
  deal: DealRow,
  words: (english: boolean) => { title: string; body: string },
  dedupe: string,
): Promise<void> {
  if (userIds.length === 0) return;
  const members = await db.selectFrom('users').select(['id', 'locale']).where('id', 'in', userIds).execute();
  for (const member of members) {
    const text = words(member.locale === 'en-US');
    await notify(db, {
      workspaceId,
      userId: member.id,
      kind: 'approval',
      ...text,
      link: `/deals/${deal.id}`,
      dedupeKey: `${dedupe}:${member.id}`,
    });
  }
}

/** 成交意向申请: asks the approvers to let this deal be won at the quoted amount. */
export async function requestApproval(
  db: DB,
  reader: Reader,
  dealId: string,
  input: TApprovalRequestInput,
): Promise<TApproval> {
  const { scope } = reader;
  return db.transaction().execute(async (trx) => {
    const deal = await findDealRow(trx, scope, dealId);
    if (!deal) throw notFound();
    const pipeline = await loadPipeline(trx, scope.workspaceId, deal.pipeline_id);
    const stage = input.stage
      ? findStage(pipeline, input.stage)
      : pipeline.stages.find((s) => s.kind === 'won' && !isTrue(s.archived));
    if (!stage || stage.kind !== 'won') {
      const errors = new FieldErrors();
      errors.add('stage', 'STAGE_UNKNOWN');
      errors.throwIfAny();
    }
    if (deal.stage_kind === 'won') throw new AppError('APPROVAL_NOT_PENDING');
    const row: DealApprovalRow = {
      id: newId(),
      workspace_id: scope.workspaceId,
      deal_id: dealId,
      status: 'pending',
      stage: stage?.key ?? '',
      note: input.note,
      quoted_amount: input.quotedAmount,
      requested_by: scope.userId,
      requested_at: nowIso(),
      decided_by: null,
      decided_at: null,
      comment: null,
    };
    try {
      await trx.insertInto('deal_approvals').values(row).execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('APPROVAL_PENDING');
      throw error;
    }
    await recordHistory(trx, scope, {
      entityType: DEAL_ENTITY,
      entityId: dealId,
      action: 'approvalRequested',
      changes: { note: input.note, quotedAmount: input.quotedAmount },
    });
    const approvers = await trx
      .selectFrom('users')
      .select('id')
      .where('workspace_id', '=', scope.workspaceId)
      .where('deleted_at', 'is', null)
      .where('role', 'in', [...APPROVER_ROLES])
      .where('id', '!=', scope.userId)
      .execute();
    const [requester] = [...(await userNames(trx, scope.workspaceId, [scope.userId])).values()];
    await tell(
      trx,
      scope.workspaceId,
      approvers.map((a) => a.id),
      deal,
      (english) => ({
        title: english ? `Approval needed: ${deal.title}` : `成交审批：${deal.title}`,
        body: english
          ? `${requester ?? ''} asks to win it at ${formatYuan(input.quotedAmount, 'en-US')}. ${input.note}`
          : `${requester ?? ''} 申请成交，报价 ${formatYuan(input.quotedAmount, 'zh-CN')}。${input.note}`,
      }),
      `approval:${row.id}:requested`,
    );
    const [out] = await approvalsOut(trx, reader, [row]);
    return out as TApproval;
  });
}

/**
 * A manager approves (the deal moves to the won stage with the quoted amount as its actual amount) or rejects, with a
 * comment; the requester hears either way. Nobody but the owner decides their own request.
 */
export async function decideApproval(
  db: DB,
  reader: Reader,
  dealId: string,
  decision: 'approved' | 'rejected',
  comment: string,
): Promise<TApproval> {
  const { scope } = reader;
  return db.transaction().execute(async (trx) => {
    const deal = await findDealRow(trx, scope, dealId);
    if (!deal) throw notFound();
    const pending = await trx
      .selectFrom('deal_approvals')
      .selectAll()
      .where('deal_id', '=', dealId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (!pending) throw new AppError('APPROVAL_NOT_PENDING');
    if (pending.requested_by === scope.userId && scope.role !== 'owner')
      throw new AppError('APPROVAL_OWN_REQUEST');
    const decided = await trx
      .updateTable('deal_approvals')
      .set({ status: decision, decided_by: scope.userId, decided_at: nowIso(), comment: comment || null })
      .where('id', '=', pending.id)
      .where('status', '=', 'pending')
      .returningAll()
      .executeTakeFirst();
    if (!decided) throw new AppError('APPROVAL_NOT_PENDING');
    if (decision === 'approved')
      await saveDealChange(
        trx,
        reader,
        deal,
        { version: deal.version, stage: pending.stage, actualAmount: pending.quoted_amount },
        { approved: true },
      );
    await recordHistory(trx, scope, {
      entityType: DEAL_ENTITY,
      entityId: dealId,
      action: decision === 'approved' ? 'approvalApproved' : 'approvalRejected',
      changes: { comment },
    });
    const [approver] = [...(await userNames(trx, scope.workspaceId, [scope.userId])).values()];
    await tell(
      trx,
      scope.workspaceId,
      [pending.requested_by],
      deal,
      (english) => ({
        title: english
          ? `${decision === 'approved' ? 'Approved' : 'Rejected'}: ${deal.title}`
          : `成交申请${decision === 'approved' ? '已通过' : '被驳回'}：${deal.title}`,
        body: [approver ?? '', comment].filter(Boolean).join(english ? ': ' : '：'),
      }),
      `approval:${pending.id}:${decision}`,
    );
    const [out] = await approvalsOut(trx, reader, [decided]);
    return out as TApproval;
  });
}

/** The requester takes an open request back (the deal stays where it is). */
export async function withdrawApproval(db: DB, reader: Reader, dealId: string): Promise<TApproval> {
  const { scope } = reader;
  return db.transaction().execute(async (trx) => {
    if (!(await findDealRow(trx, scope, dealId))) throw notFound();
    const withdrawn = await trx
      .updateTable('deal_approvals')
      .set({ status: 'withdrawn', decided_by: scope.userId, decided_at: nowIso() })
      .where('deal_id', '=', dealId)
      .where('status', '=', 'pending')
      .where('requested_by', '=', scope.userId)
      .returningAll()
      .executeTakeFirst();
    if (!withdrawn) throw new AppError('APPROVAL_NOT_PENDING');
    await recordHistory(trx, scope, {
      entityType: DEAL_ENTITY,
      entityId: dealId,
      action: 'approvalWithdrawn',
      changes: {},
    });
    const [out] = await approvalsOut(trx, reader, [withdrawn]);
    return out as TApproval;
  });
}
