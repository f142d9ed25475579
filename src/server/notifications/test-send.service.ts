import type { TLocale } from '../../domain/locale';
import type { TTestOutcome } from '../../domain/notification';
import { nowIso } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { notFound } from '../http/errors';
import type { Scope } from '../http/policy';
import { findVisibleChannel } from './channel.repository';
import { resolveTarget, scrub, secretsOf } from './channel-target';
import { MESSAGE_WORDS } from './channels/render';
import { sendMessage } from './channels/send';
import { asDeliveryError, type DeliveryError } from './channels/types';
import { deliveryError } from './delivery-errors';
import { absoluteLink, type NotificationContext } from './notification-context';

/**
 * Sends a test message to a channel now, enabled or not (people test before they switch one on), and logs it with
 * the deliveries. The outcome says in the reader's language what to fix.
 */
export async function sendTestMessage(
  db: DB,
  context: NotificationContext,
  scope: Scope,
  id: string,
  locale: TLocale,
): Promise<TTestOutcome> {
  const row = await findVisibleChannel(db, scope, id);
  if (!row) throw notFound();
  const words = MESSAGE_WORDS[locale];
  const link = absoluteLink('/settings/notifications', context.publicUrl);
  const message = { locale, items: [{ title: words.testTitle, body: words.testBody, link }] };
  let error: DeliveryError | null = null;
  let detail = '';
  let secrets: string[] = [];
  try {
    const target = await resolveTarget(db, context.secretBox, row);
    secrets = secretsOf(target);
    await sendMessage(target, message);
  } catch (thrown) {
    error = asDeliveryError(thrown);
    detail = scrub(error.detail, secrets);
  }
  const now = nowIso();
  await db
    .insertInto('notification_deliveries')
    .values({
      ...newRecord(scope, now),
      channel_id: row.id,
      notification_id: null,
      user_id: scope.userId,
      kind: 'test',
      title: words.testTitle,
      status: error ? 'failed' : 'sent',
      attempts: 1,
      next_attempt_at: now,
      claimed_by: null,
      claimed_at: null,
      batch_id: null,
      error_code: error?.code ?? null,
      last_error: error ? detail || null : null,
      sent_at: error ? null : now,
    })
    .execute();
  return { ok: !error, error: error ? deliveryError(locale, error.code, detail) : null };
}
