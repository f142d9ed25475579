import type { TNotificationKind } from '../../domain/notification';
import { fromJson, nowIso } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { emailConfigOf } from './channel-target';
import { listEnabledChannelsFor } from './channel.repository';
import type { NotificationChannelRow } from './notification.table';

export interface NotifyInput {
  workspaceId: string;
  /** Who the notification is for: it appears in their bell and goes to their channels and the workspace's. */
  userId: string;
  kind: TNotificationKind;
  title: string;
  body?: string;
  /** An in-app path (/customers/<id>); messages outside the app make it absolute with KEYI_PUBLIC_URL. */
  link?: string | null;
  /**
   * Makes the call idempotent: a second notify with the same key in the workspace (the same job run by another
   * app instance, a retry) creates nothing. Example: `digest:2026-11-30:<userId>`.
   */
  dedupeKey?: string;
}

export interface NotifyResult {
  id: string;
  /** false when the dedupe key already existed: nothing new was created or queued. */
  created: boolean;
  /** Deliveries queued for the channels that receive this kind. */
  queued: number;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Whether a channel wants this kind; a workspace mailbox with no address only serves as the mail server. */
function receives(channel: NotificationChannelRow, kind: TNotificationKind): boolean {
  if (channel.kind === 'email' && !emailConfigOf(channel).to) return false;
  return (fromJson<string[] | null>(channel.kinds) ?? []).includes(kind);
}

async function createAndQueue(db: DB, input: NotifyInput): Promise<NotifyResult> {
  const now = nowIso();
  const system = { workspaceId: input.workspaceId, userId: '' };
  const title = clip(input.title.trim(), 200);
  const inserted = await db
    .insertInto('notifications')
    .values({
      ...newRecord(system, now),
      user_id: input.userId,
      kind: input.kind,
      title,
      body: clip(input.body?.trim() ?? '', 4000),
      link: input.link ?? null,
      dedupe_key: input.dedupeKey ?? null,
      read_at: null,
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'dedupe_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) {
    const existing = await db
      .selectFrom('notifications')
      .select('id')
      .where('workspace_id', '=', input.workspaceId)
      .where('dedupe_key', '=', input.dedupeKey ?? '')
      .executeTakeFirstOrThrow();
    return { id: existing.id, created: false, queued: 0 };
  }
  const channels = (await listEnabledChannelsFor(db, input.workspaceId, input.userId)).filter((c) =>
    receives(c, input.kind),
  );
  if (channels.length > 0) {
    await db
      .insertInto('notification_deliveries')
      .values(
        channels.map((channel) => ({
          ...newRecord(system, now),
          channel_id: channel.id,
          notification_id: inserted.id,
          user_id: input.userId,
          kind: input.kind,
          title,
          status: 'pending' as const,
          attempts: 0,
          next_attempt_at: now,
          claimed_by: null,
          claimed_at: null,
          batch_id: null,
          error_code: null,
          last_error: null,
          sent_at: null,
        })),
      )
      .execute();
  }
  return { id: inserted.id, created: true, queued: channels.length };
}

/**
 * Puts a notification in a person's bell and queues it for every enabled channel (theirs and the workspace's)
 * that receives its kind; the `notifications-deliver` job sends the queue. Joins the caller's transaction when
 * given one, so a notification exists exactly when the change it reports does.
 */
export async function notify(db: DB, input: NotifyInput): Promise<NotifyResult> {
  return inTransaction(db, (trx) => createAndQueue(trx, input));
}
