import { sql } from 'kysely';
import type { DB } from '../db/schema';
import type { Scope } from '../http/policy';
import { visibleContracts } from '../contracts/contract.repository';
import { visibleFollowUps } from '../follow-ups/follow-up.repository';
import type { AttachmentOwnerType, AttachmentRow } from './attachment.table';

/**
 * Attachments whose follow-up or contract the caller may see (a sales member: of their own and shared customers), in
 * use or in the recycle bin. A record in the recycle bin hides its files until it is restored.
 */
export function visibleAttachments(db: DB, scope: Scope, inBin = false) {
  return (
    db
      .selectFrom('attachments')
      .where('attachments.workspace_id', '=', scope.workspaceId)
      .where('attachments.deleted_at', inBin ? 'is not' : 'is', null)
      // Correlated, as visibleFollowUps is: one lookup of the file's record, not a list of every visible one.
      .where((eb) =>
        eb.or([
          eb.and([
            eb('attachments.owner_type', '=', 'followUp'),
            eb.exists(
              visibleFollowUps(db, scope)
                .select('follow_ups.id')
                .where('follow_ups.id', '=', sql.ref<string>('attachments.owner_id')),
            ),
          ]),
          eb.and([
            eb('attachments.owner_type', '=', 'contract'),
            eb.exists(
              visibleContracts(db, scope)
                .select('contracts.id')
                .where('contracts.id', '=', sql.ref<string>('attachments.owner_id')),
            ),
          ]),
        ]),
      )
  );
}

export async function findAttachmentRow(
  db: DB,
  scope: Scope,
  id: string,
  inBin = false,
): Promise<AttachmentRow | undefined> {
  return visibleAttachments(db, scope, inBin)
    .selectAll('attachments')
    .where('attachments.id', '=', id)
    .executeTakeFirst();
}

/**
 * The live attachments of a page of records, oldest first (ids are time-ordered), by owner. The caller has already
 * scoped the owners.
 */
export async function attachmentsOf(
  db: DB,
  workspaceId: string,
  ownerType: AttachmentOwnerType,
  ownerIds: readonly string[],
): Promise<Map<string, AttachmentRow[]>> {
  const byOwner = new Map<string, AttachmentRow[]>();
  if (ownerIds.length === 0) return byOwner;
  const rows = await db
    .selectFrom('attachments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('owner_type', '=', ownerType)
    .where('owner_id', 'in', [...new Set(ownerIds)])
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
  for (const row of rows) byOwner.set(row.owner_id, [...(byOwner.get(row.owner_id) ?? []), row]);
  return byOwner;
}
