import { AppError } from '../http/errors';
import type { DB } from '../db/schema';
import { clearFailures, countFailuresSince, insertFailures, oldestFailureSince } from './throttle.repository';

// Failures are counted in the database, so every app instance behind a load balancer sees the same numbers.
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_LOGIN = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

function keys(login: string, ip: string): { loginKey: string; ipKey: string } {
  return { loginKey: `login:${login.trim().toLowerCase()}`, ipKey: `ip:${ip}` };
}

async function checkKey(db: DB, key: string, limit: number, now: Date): Promise<void> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
  if ((await countFailuresSince(db, key, since)) < limit) return;
  const oldest = await oldestFailureSince(db, key, since);
  const retryMs = oldest
    ? new Date(oldest).getTime() + THROTTLE_WINDOW_MS - now.getTime()
    : THROTTLE_WINDOW_MS;
  const seconds = Math.max(1, Math.ceil(retryMs / 1000));
  throw new AppError('TOO_MANY_ATTEMPTS', {
    params: { minutes: Math.ceil(seconds / 60) },
    headers: { 'retry-after': String(seconds) },
  });
}

/** Refuses before the password is even checked, for a known or unknown login alike (no user enumeration). */
export async function assertLoginAllowed(db: DB, login: string, ip: string, now = new Date()): Promise<void> {
  const { loginKey, ipKey } = keys(login, ip);
  await checkKey(db, loginKey, MAX_FAILURES_PER_LOGIN, now);
  await checkKey(db, ipKey, MAX_FAILURES_PER_ADDRESS, now);
}

export async function recordLoginFailure(db: DB, login: string, ip: string, now = new Date()): Promise<void> {
  const { loginKey, ipKey } = keys(login, ip);
  await insertFailures(db, [loginKey, ipKey], now.toISOString());
}

export async function recordLoginSuccess(db: DB, login: string): Promise<void> {
  await clearFailures(db, keys(login, '').loginKey);
}
