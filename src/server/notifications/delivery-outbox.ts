import { isPostgres } from '../db/dialect';
import type { DB } from '../db/schema';
import type { DeliveryError } from './channels/types';
import type { NotificationDeliveryRow } from './notification.table';

/** Minutes to wait after the 1st, 2nd, 3rd and 4th failed attempt; the 5th failure is final. */
export const BACKOFF_MINUTES = [1, 5, 30, 120] as const;
export const MAX_ATTEMPTS = BACKOFF_MINUTES.length + 1;
/** A claim older than this belongs to an instance that stopped mid-send: its rows are sent again. */
const STALE_CLAIM_MS = 15 * 60_000;

/**
 * Takes the due deliveries for this run (`claim`, unique per run) in one UPDATE: a row still `pending` is taken by
 * exactly one run, however many app instances run at once. PostgreSQL skips rows another run has locked instead
 * of waiting for them; SQLite runs one writer at a time.
 */
export async function claimDue(
  db: DB,
  claim: string,
  now: Date,
  limit: number,
): Promise<NotificationDeliveryRow[]> {
  const at = now.toISOString();
  let due = db
    .selectFrom('notification_deliveries')
    .select('id')
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', at)
    .orderBy('next_attempt_at')
    .limit(limit);
  if (isPostgres(db)) due = due.forUpdate().skipLocked();
  return db
    .updateTable('notification_deliveries')
    .set((eb) => ({
      status: 'sending',
      claimed_by: claim,
      claimed_at: at,
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', 'in', due)
    .where('status', '=', 'pending')
    .returningAll()
    .execute();
}

export async function releaseStaleClaims(db: DB, now: Date): Promise<void> {
  await db
    .updateTable('notification_deliveries')
    .set({ status: 'pending', claimed_by: null, claimed_at: null })
    .where('status', '=', 'sending')
    .where('claimed_at', '<', new Date(now.getTime() - STALE_CLAIM_MS).toISOString())
    .execute();
}

function claimed(db: DB, rows: NotificationDeliveryRow[]) {
  return db
    .updateTable('notification_deliveries')
    .where(
      'id',
      'in',
      rows.map((r) => r.id),
    )
    .where('status', '=', 'sending');
}

/** Back to the queue untouched: more messages were due than the platform takes in one run. */
export async function releaseRows(db: DB, rows: NotificationDeliveryRow[]): Promise<void> {
  if (rows.length === 0) return;
  await claimed(db, rows).set({ status: 'pending', claimed_by: null, claimed_at: null }).execute();
}

export async function markSent(db: DB, rows: NotificationDeliveryRow[], now: Date, batchId: string) {
  if (rows.length === 0) return;
  const at = now.toISOString();
  await claimed(db, rows)
    .set((eb) => ({
      status: 'sent',
      sent_at: at,
      attempts: eb('attempts', '+', 1),
      batch_id: batchId,
      error_code: null,
      last_error: null,
      claimed_by: null,
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .execute();
}

/**
 * Counts a failed attempt: back to the queue after the back-off for its number, or failed for good. `final` skips
 * the retries (the channel is gone). Returns how many rows gave up.
 */
export async function markAttemptFailed(
  db: DB,
  rows: NotificationDeliveryRow[],
  now: Date,
  error: DeliveryError,
  detail: string,
  final = false,
): Promise<number> {
  let failed = 0;
  const at = now.toISOString();
  for (const attempts of new Set(rows.map((r) => r.attempts))) {
    const same = rows.filter((r) => r.attempts === attempts);
    const gaveUp = final || attempts + 1 >= MAX_ATTEMPTS;
    const wait = (BACKOFF_MINUTES[attempts] ?? 120) * 60_000;
    if (gaveUp) failed += same.length;
    await claimed(db, same)
      .set((eb) => ({
        status: gaveUp ? 'failed' : 'pending',
        attempts: attempts + 1,
        next_attempt_at: gaveUp ? at : new Date(now.getTime() + wait).toISOString(),
        error_code: error.code,
        last_error: detail || null,
        claimed_by: null,
        claimed_at: null,
        updated_at: at,
        version: eb('version', '+', 1),
      }))
      .execute();
  }
  return failed;
}
