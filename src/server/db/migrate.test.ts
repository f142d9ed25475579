import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { inTransactions } from './migrate';

describe('SQLite migrations', () => {
  it('leave nothing behind when they stop halfway', async () => {
    const { db, close } = openDatabase({ databaseUrl: null, sqliteFile: ':memory:' });
    try {
      const migrator = new Migrator({
        db,
        provider: {
          getMigrations: async () =>
            inTransactions({
              '1_half': {
                up: async (trx) => {
                  await sql`create table first_half (id text)`.execute(trx);
                  throw new Error('stopped');
                },
              },
            }),
        },
      });
      const result = await migrator.migrateToLatest();
      expect(result.error).toBeInstanceOf(Error);
      const tables = await sql<{
        name: string;
      }>`select name from sqlite_master where name = 'first_half'`.execute(db);
      expect(tables.rows).toEqual([]);
    } finally {
      await close();
    }
  });
});
