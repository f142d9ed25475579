import type { TChannel, TChannelInput, TChannelUpdate, TNotificationKind } from '../../domain/notification';
import { fromJson, isTrue, nowIso, toBool, toJson } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { recordHistory, recordUpdate } from '../history/history.service';
import { conflictOrNotFound } from '../http/concurrency';
import { AppError, notFound } from '../http/errors';
import { FieldErrors } from '../http/field-errors';
import type { Scope } from '../http/policy';
import { applyChanges, checkDraft, type ChannelDraft, type ChannelSecrets } from './channel-input';
import {
  canManageWorkspaceChannels,
  findVisibleChannel,
  softDeleteChannel,
  visibleChannels,
  type VisibleChannelRow,
} from './channel.repository';
import { emailConfigOf, openSecrets, sealSecrets } from './channel-target';
import type { SecretBox } from './secret-box';
import { maskWebhookUrl } from './webhook-url';

const ENTITY = 'notificationChannel';

/** The one API shape of a channel: secrets never leave, only whether one is stored. */
export function toChannel(row: VisibleChannelRow): TChannel {
  const config = emailConfigOf(row);
  const sealed = config.sealed ?? [];
  const isEmail = row.kind === 'email';
  return {
    id: row.id,
    scope: row.user_id ? 'personal' : 'workspace',
    kind: row.kind,
    name: row.name,
    enabled: isTrue(row.enabled),
    kinds: fromJson<string[] | null>(row.kinds) ?? [],
    target: row.target,
    to: (isEmail && config.to) || null,
    smtpHost: (isEmail && config.smtpHost) || null,
    smtpPort: (isEmail && config.smtpPort) || null,
    smtpSecure: isEmail ? (config.smtpSecure ?? null) : null,
    smtpUser: (isEmail && config.smtpUser) || null,
    smtpFrom: (isEmail && config.smtpFrom) || null,
    hasSecret: sealed.includes('signSecret') || sealed.includes('smtpPassword'),
    owner: row.user_id ? { id: row.user_id, name: row.owner_name ?? '' } : null,
    version: row.version,
    createdAt: row.created_at,
  };
}

function draftOf(row: VisibleChannelRow, secrets: ChannelSecrets): ChannelDraft {
  const { sealed: _sealed, ...config } = emailConfigOf(row);
  return {
    scope: row.user_id ? 'personal' : 'workspace',
    kind: row.kind,
    name: row.name,
    enabled: isTrue(row.enabled),
    kinds: fromJson<TNotificationKind[] | null>(row.kinds) ?? [],
    config,
    secrets,
  };
}

/** The columns a checked draft is stored in; secrets sealed with the row id as context. */
function columnsOf(db: DB, box: SecretBox, id: string, draft: ChannelDraft) {
  const errors = new FieldErrors();
  checkDraft(draft, errors);
  errors.throwIfAny();
  const sealed = (Object.keys(draft.secrets) as (keyof ChannelSecrets)[]).filter((k) => draft.secrets[k]);
  const { webhookUrl } = draft.secrets;
  return {
    name: draft.name,
    enabled: toBool(db, draft.enabled),
    kinds: toJson(draft.kinds),
    target:
      draft.kind === 'email'
        ? (draft.config.to ?? draft.config.smtpFrom ?? '')
        : maskWebhookUrl(webhookUrl ?? ''),
    config: toJson({ ...draft.config, sealed }),
    secret: sealSecrets(box, id, draft.secrets),
  };
}

export async function listChannels(db: DB, scope: Scope): Promise<TChannel[]> {
  const rows = await visibleChannels(db, scope).orderBy('notification_channels.id').execute();
  // The workspace's channels first: they are the ones a team shares.
  return rows.map(toChannel).sort((a, b) => Number(a.scope === 'personal') - Number(b.scope === 'personal'));
}

export async function getChannel(db: DB, scope: Scope, id: string): Promise<TChannel> {
  const row = await findVisibleChannel(db, scope, id);
  if (!row) throw notFound();
  return toChannel(row);
}

export async function createChannel(db: DB, box: SecretBox, scope: Scope, input: TChannelInput) {
  if (input.scope === 'workspace' && !canManageWorkspaceChannels(scope)) throw new AppError('FORBIDDEN');
  const { scope: channelScope, kind, ...changes } = input;
  const empty: ChannelDraft = {
    scope: channelScope,
    kind,
    name: '',
    enabled: true,
    kinds: [],
    config: {},
    secrets: {},
  };
  const draft = applyChanges(empty, changes);
  const record = newRecord(scope);
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('notification_channels')
      .values({
        ...record,
        user_id: channelScope === 'personal' ? scope.userId : null,
        kind,
        ...columnsOf(trx, box, record.id, draft),
      })
      .execute();
    const channel = await getChannel(trx, scope, record.id);
    await recordHistory(trx, scope, {
      entityType: ENTITY,
      entityId: record.id,
      action: 'create',
      changes: channel,
    });
    return channel;
  });
}

export async function updateChannel(db: DB, box: SecretBox, scope: Scope, id: string, input: TChannelUpdate) {
  const row = await findVisibleChannel(db, scope, id);
  if (!row) throw notFound();
  let secrets: ChannelSecrets;
  try {
    secrets = openSecrets(box, row);
  } catch {
    // Sealed under another key: whatever is entered now replaces it, and what is missing is asked for again.
    secrets = {};
  }
  const { version, ...changes } = input;
  const columns = columnsOf(db, box, id, applyChanges(draftOf(row, secrets), changes));
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const result = await trx
      .updateTable('notification_channels')
      .set({ ...columns, updated_at: now, updated_by: scope.userId, version: version + 1 })
      .where('id', '=', id)
      .where('workspace_id', '=', scope.workspaceId)
      .where('version', '=', version)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!Number(result.numUpdatedRows))
      throw await conflictOrNotFound(() => findVisibleChannel(trx, scope, id), toChannel);
    const channel = await getChannel(trx, scope, id);
    await recordUpdate(trx, scope, ENTITY, id, toChannel(row), channel);
    return channel;
  });
}

/** Deleted channels stay in the table for the delivery log; what was queued for them is not sent. */
export async function deleteChannel(db: DB, scope: Scope, id: string): Promise<void> {
  if (!(await findVisibleChannel(db, scope, id))) throw notFound();
  await db.transaction().execute(async (trx) => {
    if (!(await softDeleteChannel(trx, scope, id))) throw notFound();
    await recordHistory(trx, scope, { entityType: ENTITY, entityId: id, action: 'delete', changes: {} });
  });
}
