import { sql } from 'kysely';
import type { DB } from './schema';

/**
 * Runs `work` in a transaction: the caller's when `db` already is one (an import writes many records, each through
 * its module's own create, in one transaction per chunk), else a new one.
 */
export function inTransaction<T>(db: DB, work: (trx: DB) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

let savepoints = 0;

/**
 * Runs `work` inside a savepoint of the caller's transaction: when it throws, what it wrote is rolled back and the
 * transaction goes on (PostgreSQL would otherwise refuse every later statement of a transaction that had one fail).
 */
export async function withSavepoint<T>(trx: DB, work: () => Promise<T>): Promise<T> {
  const name = sql.id(`keyi_row_${++savepoints}`);
  await sql`savepoint ${name}`.execute(trx);
  try {
    const result = await work();
    await sql`release savepoint ${name}`.execute(trx);
    return result;
  } catch (error) {
    await sql`rollback to savepoint ${name}`.execute(trx);
    await sql`release savepoint ${name}`.execute(trx);
    throw error;
  }
}

class RolledBack<T> {
  constructor(readonly result: T) {}
}

/** Runs `work` in a transaction that is then rolled back: what writing would do, without writing it. */
export async function rolledBack<T>(db: DB, work: (trx: DB) => Promise<T>): Promise<T> {
  try {
    await db.transaction().execute(async (trx) => {
      throw new RolledBack(await work(trx));
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.result as T;
    throw error;
  }
  throw new Error('unreachable: the transaction always throws');
}
