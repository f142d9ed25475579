import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';

describe('SQLite connection', () => {
  it('lets a waiting request in between the statements of a long chain of queries', async () => {
    const { db, close } = openDatabase({ databaseUrl: null, sqliteFile: ':memory:' });
    try {
      let statements = 0;
      let seenAfter: number | null = null;
      // A request arriving while a job runs: its turn comes from the event loop, not from a microtask.
      setImmediate(() => (seenAfter = statements));
      for (let i = 0; i < 50; i++) {
        await sql`select ${i} as n`.execute(db);
        statements += 1;
      }
      expect(seenAfter).not.toBeNull();
      expect(seenAfter).toBeLessThan(50);
    } finally {
      await close();
    }
  });
});
