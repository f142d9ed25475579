import type { MultipartFile } from '@fastify/multipart';
import fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { TAttachment } from '../../domain/attachment';
import { SERVICE_FOLLOW_UP_KIND } from '../../domain/follow-up';
import type { Reader } from '../customers/customer-context';
import { nowIso } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { findContractRow } from '../contracts/contract.repository';
import { findFollowUpRow } from '../follow-ups/follow-up.repository';
import { AppError, notFound } from '../http/errors';
import { can, scopeCan, type Scope } from '../http/policy';
import { recordHistory } from '../history/history.service';
import { discardFiles, receiveFiles } from './attachment-upload';
import { findAttachmentRow } from './attachment.repository';
import { toAttachment } from './attachment.serializer';
import type { AttachmentOwnerType, AttachmentRow } from './attachment.table';
import { commitFile, pathOfKey, removeFile, storageKeyOf, type FileStore } from './file-store';

export const ATTACHMENT_ENTITY = 'attachment';

const isMasked = (reader: Reader) => !can(reader.actor, 'personalData.view');

/** The record a file hangs on. */
export interface AttachmentOwner {
  type: AttachmentOwnerType;
  id: string;
}

/**
 * Files follow their record: whoever may edit it may add and remove them. For a follow-up that means, for the service
 * role, after-sales visits only (as in the follow-up service); for a contract, those who write contracts. Throws
 * NOT_FOUND for a record out of sight.
 */
export async function assertOwnerEditable(db: DB, scope: Scope, owner: AttachmentOwner): Promise<void> {
  if (owner.type === 'contract') {
    if (!(await findContractRow(db, scope, owner.id))) throw notFound();
    if (!scopeCan(scope, 'contracts.write')) throw new AppError('FORBIDDEN');
    return;
  }
  const followUp = await findFollowUpRow(db, scope, owner.id);
  if (!followUp) throw notFound();
  if (scope.role === 'service' && followUp.kind !== SERVICE_FOLLOW_UP_KIND) throw new AppError('FORBIDDEN');
}

/**
 * Attaches the request's files to a follow-up or a contract. The files are checked and written whole before any row is; each is
 * moved to its place inside the transaction, and removed again if the transaction fails, so that no row points at a
 * missing file and no file is left without a row. The record's version is left alone: attaching a photo must not
 * make a colleague's open edit of the text stale.
 */
export async function uploadAttachments(
  db: DB,
  reader: Reader,
  store: FileStore,
  owner: AttachmentOwner,
  parts: AsyncIterable<MultipartFile> | null,
): Promise<TAttachment[]> {
  const { scope } = reader;
  await assertOwnerEditable(db, scope, owner);
  if (!parts) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const files = await receiveFiles(store, parts);
  const placed: string[] = [];
  try {
    const rows = await db.transaction().execute(async (trx) => {
      const inserted: AttachmentRow[] = [];
      for (const file of files) {
        const record = newRecord(scope);
        const key = storageKeyOf(scope.workspaceId, record.id, record.created_at);
        const row = await trx
          .insertInto('attachments')
          .values({
            ...record,
            owner_type: owner.type,
            owner_id: owner.id,
            file_name: file.fileName,
            content_type: file.contentType,
            size_bytes: file.size,
            sha256: file.sha256,
            storage_key: key,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordHistory(trx, scope, {
          entityType: ATTACHMENT_ENTITY,
          entityId: row.id,
          action: 'create',
          changes: {
            [`${owner.type}Id`]: owner.id,
            fileName: file.fileName,
            size: file.size,
            sha256: file.sha256,
          },
        });
        await commitFile(store, file.tempPath, key);
        placed.push(pathOfKey(store, key));
        inserted.push(row);
      }
      return inserted;
    });
    return rows.map((row) => toAttachment(row, isMasked(reader)));
  } catch (error) {
    await Promise.all(placed.map(removeFile));
    throw error;
  } finally {
    await discardFiles(files);
  }
}

/**
 * The file to send, if the caller may see its follow-up or contract; a file missing on disk is NOT_FOUND too. `read` streams the
 * whole file or one byte range of it (inclusive) and closes the file when done; `close` is for not reading at all.
 */
export async function openAttachment(
  db: DB,
  reader: Reader,
  store: FileStore,
  id: string,
): Promise<{
  attachment: TAttachment;
  read: (range?: { start: number; end: number }) => Readable;
  close: () => Promise<void>;
}> {
  const row = await findAttachmentRow(db, reader.scope, id);
  if (!row) throw notFound();
  const handle = await fs.open(pathOfKey(store, row.storage_key)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw notFound();
    throw error;
  });
  return {
    attachment: toAttachment(row, isMasked(reader)),
    read: (range) => handle.createReadStream(range),
    close: () => handle.close(),
  };
}

/** To the recycle bin; the file stays on disk until the attachment is purged. */
export async function deleteAttachment(db: DB, reader: Reader, id: string): Promise<void> {
  const { scope } = reader;
  await db.transaction().execute(async (trx) => {
    const row = await findAttachmentRow(trx, scope, id);
    if (!row) throw notFound();
    await assertOwnerEditable(trx, scope, { type: row.owner_type, id: row.owner_id });
    await trx
      .updateTable('attachments')
      .set({
        deleted_at: nowIso(),
        deleted_by: scope.userId || null,
        updated_at: nowIso(),
        updated_by: scope.userId || null,
        version: row.version + 1,
      })
      .where('id', '=', id)
      .execute();
    await recordHistory(trx, scope, {
      entityType: ATTACHMENT_ENTITY,
      entityId: id,
      action: 'delete',
      changes: {},
    });
  });
}
