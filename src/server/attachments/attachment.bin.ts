import { maskText } from '../../domain/masking';
import type { SelectQueryBuilder } from 'kysely';
import type { Database, DB } from '../db/schema';
import { notFound } from '../http/errors';
import { scopeCan, type Scope } from '../http/policy';
import { recordHistory } from '../history/history.service';
import type { BinContext, BinType } from '../recycle-bin/bin-type';
import { countDeleted, deletedPage, undelete } from '../recycle-bin/deleted-rows';
import { visibleAttachments } from './attachment.repository';
import type { AttachmentOwnerType } from './attachment.table';
import { assertOwnerEditable, ATTACHMENT_ENTITY } from './attachment.service';
import { pathOfKey, removeFile } from './file-store';

const deleted = (db: DB, scope: Scope) => visibleAttachments(db, scope, true);

/** Deletes the files once the transaction that removed their rows has committed: a deleted file cannot come back. */
function removeFilesAfterCommit(ctx: BinContext, keys: readonly string[]): void {
  if (keys.length === 0) return;
  ctx.afterCommit(async () => {
    await Promise.all(keys.map((key) => removeFile(pathOfKey(ctx.files, key))));
  });
}

export const attachmentBin: BinType = {
  type: ATTACHMENT_ENTITY,
  visibleTo: () => true,
  async list(db, scope, limit, after) {
    const masked = !scopeCan(scope, 'personalData.view');
    return deletedPage(
      deleted(db, scope).select(['id', 'file_name', 'deleted_at', 'deleted_by']),
      limit,
      after,
      (r) => (masked ? maskText(r.file_name) : r.file_name),
    );
  },
  count: (db, scope) => countDeleted(deleted(db, scope)),
  async restore(db, scope, id) {
    const row = await deleted(db, scope)
      .select(['id', 'version', 'owner_type', 'owner_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    // Bringing a file back onto a record is an edit of it (for service: after-sales visits only, no contracts).
    await assertOwnerEditable(db, scope, { type: row.owner_type, id: row.owner_id });
    await undelete(db, 'attachments', scope, row);
    await recordHistory(db, scope, {
      entityType: ATTACHMENT_ENTITY,
      entityId: id,
      action: 'restore',
      changes: {},
    });
  },
  async purge(db, scope, id, ctx) {
    const row = await deleted(db, scope)
      .select(['id', 'storage_key'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    await db.deleteFrom('attachments').where('id', '=', id).execute();
    await recordHistory(db, scope, {
      entityType: ATTACHMENT_ENTITY,
      entityId: id,
      action: 'purge',
      changes: {},
    });
    removeFilesAfterCommit(ctx, [row.storage_key]);
  },
};

/** Deletes the attachments of some records of one kind, rows and files, in the bin or not. */
async function purgeOwned(
  db: DB,
  workspaceId: string,
  ownerType: AttachmentOwnerType,
  ownerIds: string[] | SelectQueryBuilder<Database, 'follow_ups' | 'contracts', { id: string }>,
  ctx: BinContext,
): Promise<void> {
  const rows = await db
    .deleteFrom('attachments')
    .where('workspace_id', '=', workspaceId)
    .where('owner_type', '=', ownerType)
    .where('owner_id', 'in', ownerIds)
    .returning('storage_key')
    .execute();
  removeFilesAfterCommit(
    ctx,
    rows.map((r) => r.storage_key),
  );
}

/**
 * When follow-ups are purged (on their own, or with their customer), their attachments go too, rows and files, in
 * the bin or not: nothing could reach them any more. A purged customer takes its contracts along as well (a
 * cascading key), so their files go here too.
 */
export async function purgeFollowUpAttachments(
  db: DB,
  workspaceId: string,
  owners: { followUpId: string } | { customerId: string },
  ctx: BinContext,
): Promise<void> {
  if ('followUpId' in owners) return purgeOwned(db, workspaceId, 'followUp', [owners.followUpId], ctx);
  const { customerId } = owners;
  await purgeOwned(
    db,
    workspaceId,
    'followUp',
    db.selectFrom('follow_ups').select('id').where('customer_id', '=', customerId),
    ctx,
  );
  await purgeOwned(
    db,
    workspaceId,
    'contract',
    db.selectFrom('contracts').select('id').where('customer_id', '=', customerId),
    ctx,
  );
}

/** A purged contract's files go with it. */
export async function purgeContractAttachments(
  db: DB,
  workspaceId: string,
  contractId: string,
  ctx: BinContext,
): Promise<void> {
  await purgeOwned(db, workspaceId, 'contract', [contractId], ctx);
}
