import { DEFAULT_LOCALE, type TLocale } from '../../domain/locale';
import type { TChannelKind } from '../../domain/notification';
import { isTrue, newId } from '../db/dialect';
import type { DB } from '../db/schema';
import { resolveTarget, scrub, secretsOf } from './channel-target';
import { MESSAGE_WORDS } from './channels/render';
import { PACE, packMessages, sendMessage } from './channels/send';
import { asDeliveryError, DeliveryError, type MessageItem, type Target } from './channels/types';
import { claimDue, markAttemptFailed, markSent, releaseRows, releaseStaleClaims } from './delivery-outbox';
import { absoluteLink, type NotificationContext } from './notification-context';
import type { NotificationDeliveryRow } from './notification.table';

export interface DeliverOptions {
  /** The clock of this run (tests move it forward to see the back-off). */
  now?: Date;
  /** Overrides every platform's spacing between two messages to one target (tests use 0). */
  spacingMs?: number;
  /** Deliveries taken per run. */
  batchSize?: number;
  timeoutMs?: number;
}

export type DeliverSummary = {
  claimed: number;
  messages: number;
  sent: number;
  failed: number;
  retrying: number;
};

/** Deliveries going to one place: merged into as few messages as the platform allows. */
interface Group {
  kind: TChannelKind;
  locale: TLocale;
  target: Target | null;
  /** Why the target could not be used; `final` when retrying cannot help (the channel is gone). */
  problem: { error: DeliveryError; final: boolean } | null;
  rows: NotificationDeliveryRow[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Two channels pointing at the same robot or mailbox share one group, so nothing reaches it twice. */
function targetKey(target: Target): string {
  return target.kind === 'email'
    ? `email|${target.to}|${target.smtp.host}|${target.smtp.user ?? ''}|${target.smtp.from}`
    : `${target.kind}|${target.url}|${target.signSecret ?? ''}`;
}

async function groupByTarget(db: DB, context: NotificationContext, rows: NotificationDeliveryRow[]) {
  const channelIds = [...new Set(rows.map((r) => r.channel_id))];
  const channels = await db
    .selectFrom('notification_channels')
    .selectAll()
    .where('id', 'in', channelIds)
    .execute();
  const ownerIds = channels.flatMap((c) => (c.user_id ? [c.user_id] : []));
  const owners = ownerIds.length
    ? await db.selectFrom('users').select(['id', 'locale']).where('id', 'in', ownerIds).execute()
    : [];
  const groups = new Map<string, Group>();
  for (const channelId of channelIds) {
    const channel = channels.find((c) => c.id === channelId);
    const mine = rows.filter((r) => r.channel_id === channelId);
    const locale = owners.find((o) => o.id === channel?.user_id)?.locale ?? DEFAULT_LOCALE;
    const group: Group = { kind: channel?.kind ?? 'email', locale, target: null, problem: null, rows: mine };
    let key = `channel|${channelId}`;
    if (!channel || channel.deleted_at || !isTrue(channel.enabled)) {
      group.problem = { error: new DeliveryError('CHANNEL_UNAVAILABLE'), final: true };
    } else {
      try {
        group.target = await resolveTarget(db, context.secretBox, channel);
        key = targetKey(group.target);
      } catch (error) {
        group.problem = { error: asDeliveryError(error), final: false };
      }
    }
    const same = groups.get(key);
    if (same) same.rows.push(...mine);
    else groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * The notifications behind a group's rows, oldest first, each once. A team robot gets several people's reminders
 * in one message, so each then says whose it is.
 */
async function itemsOf(db: DB, context: NotificationContext, group: Group) {
  const ids = [...new Set(group.rows.flatMap((r) => (r.notification_id ? [r.notification_id] : [])))];
  const notes = ids.length
    ? await db
        .selectFrom('notifications')
        .leftJoin('users', 'users.id', 'notifications.user_id')
        .select([
          'notifications.id',
          'notifications.title',
          'notifications.body',
          'notifications.link',
          'notifications.user_id',
          'users.name as user_name',
        ])
        .where('notifications.id', 'in', ids)
        .orderBy('notifications.id')
        .execute()
    : [];
  const several = new Set(notes.map((n) => n.user_id)).size > 1;
  const { forWhom } = MESSAGE_WORDS[group.locale];
  return notes.map((n) => ({
    id: n.id,
    item: {
      title: several && n.user_name ? forWhom(n.user_name, n.title) : n.title,
      body: n.body,
      link: absoluteLink(n.link, context.publicUrl),
    } as MessageItem,
  }));
}

async function deliverGroup(
  db: DB,
  context: NotificationContext,
  group: Group,
  now: Date,
  options: DeliverOptions,
  summary: DeliverSummary,
) {
  const countFailure = async (
    rows: NotificationDeliveryRow[],
    error: DeliveryError,
    detail: string,
    final = false,
  ) => {
    const failed = await markAttemptFailed(db, rows, now, error, detail, final);
    summary.failed += failed;
    summary.retrying += rows.length - failed;
  };
  if (!group.target) {
    const problem = group.problem ?? { error: new DeliveryError('CHANNEL_UNAVAILABLE'), final: true };
    return countFailure(group.rows, problem.error, problem.error.detail, problem.final);
  }
  const target = group.target;
  const entries = await itemsOf(db, context, group);
  // A row whose notification is gone (deleted with its workspace data) has nothing left to send.
  const orphans = group.rows.filter((r) => !entries.some((e) => e.id === r.notification_id));
  if (orphans.length) await countFailure(orphans, new DeliveryError('CHANNEL_UNAVAILABLE'), '', true);
  const messages = packMessages(
    group.kind,
    group.locale,
    entries.map((e) => e.item),
  );
  const pace = PACE[group.kind];
  const spacing = options.spacingMs ?? pace.spacingMs;
  let offset = 0;
  for (const [index, message] of messages.entries()) {
    const ids = new Set(entries.slice(offset, offset + message.items.length).map((e) => e.id));
    offset += message.items.length;
    const rows = group.rows.filter((r) => r.notification_id && ids.has(r.notification_id));
    if (index >= pace.perRun) {
      await releaseRows(db, rows);
      continue;
    }
    if (index > 0 && spacing > 0) await sleep(spacing);
    try {
      await sendMessage(target, message, { timeoutMs: options.timeoutMs ?? 10_000 });
      await markSent(db, rows, now, newId());
      summary.messages += 1;
      summary.sent += rows.length;
    } catch (thrown) {
      const error = asDeliveryError(thrown);
      await countFailure(rows, error, scrub(error.detail, secretsOf(target)));
    }
  }
}

/**
 * Sends what is due in the outbox: claims it, merges it per target into digest messages within each platform's
 * size and rate limits, and records each delivery as sent, or retried later with back-off (1, 5, 30 minutes,
 * 2 hours, then failed). The `notifications-deliver` job calls it under its lease; the claim makes a second run
 * at the same time (another instance, a lease that ran out) harmless.
 */
export async function deliverDueNotifications(
  db: DB,
  context: NotificationContext,
  options: DeliverOptions = {},
): Promise<DeliverSummary> {
  const now = options.now ?? new Date();
  await releaseStaleClaims(db, now);
  const rows = await claimDue(db, newId(), now, options.batchSize ?? 500);
  const summary: DeliverSummary = { claimed: rows.length, messages: 0, sent: 0, failed: 0, retrying: 0 };
  if (rows.length === 0) return summary;
  const groups = await groupByTarget(db, context, rows);
  await Promise.all(groups.map((group) => deliverGroup(db, context, group, now, options, summary)));
  return summary;
}
