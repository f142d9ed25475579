import { newId } from '../db/dialect';
import type { DB } from '../db/schema';

export async function countFailuresSince(db: DB, key: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('key', '=', key)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function oldestFailureSince(db: DB, key: string, since: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('login_failures')
    .select('at')
    .where('key', '=', key)
    .where('at', '>', since)
    .orderBy('at')
    .limit(1)
    .executeTakeFirst();
  return row?.at;
}

export async function insertFailures(db: DB, keys: string[], at: string): Promise<void> {
  await db
    .insertInto('login_failures')
    .values(keys.map((key) => ({ id: newId(), key, at })))
    .execute();
}

export async function clearFailures(db: DB, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}

export async function deleteFailuresBefore(db: DB, before: string): Promise<number> {
  const result = await db.deleteFrom('login_failures').where('at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
