import type { DB } from '../db/schema';

const DAY_MS = 86_400_000;
/** Read notifications and finished deliveries are kept this long: the bell and the delivery log show recent things. */
export const KEEP_READ_DAYS = 90;
/** Unread ones too, but for longer: someone may come back to them. */
export const KEEP_UNREAD_DAYS = 365;

/**
 * Keeps the bell and the delivery log to what people still read. Safe for reminders: every dedupe key carries its
 * day (task-due:<day>:…, pool-warning:<day>:…), so deleting an old notification never lets it be sent again.
 * A notification's deliveries go with it (foreign key on delete cascade); test messages have none and go by age.
 */
export async function deleteOldNotifications(
  db: DB,
  now = new Date(),
): Promise<{ notifications: number; deliveries: number }> {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  const read = await db
    .deleteFrom('notifications')
    .where('read_at', 'is not', null)
    .where('created_at', '<', before(KEEP_READ_DAYS))
    .executeTakeFirst();
  const unread = await db
    .deleteFrom('notifications')
    .where('created_at', '<', before(KEEP_UNREAD_DAYS))
    .executeTakeFirst();
  const deliveries = await db
    .deleteFrom('notification_deliveries')
    .where('status', 'in', ['sent', 'failed'])
    .where('created_at', '<', before(KEEP_READ_DAYS))
    .executeTakeFirst();
  return {
    notifications: Number(read.numDeletedRows) + Number(unread.numDeletedRows),
    deliveries: Number(deliveries.numDeletedRows),
  };
}
