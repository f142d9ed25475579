import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../test/builders';
import { type Client, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { isPostgres } from '../db/dialect';
import { reindexOutdated } from './customer-search';

for (const dialect of DIALECTS) {
  describe(`customer search index (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;
    let id = '';
    const finds = async (q: string) =>
      (await owner.get(`/api/v1/customers?q=${encodeURIComponent(q)}`))
        .json()
        .items.some((x: { id: string }) => x.id === id);

    it('finds a customer by the last four digits of a phone and by initials in the middle of its name', async () => {
      owner = await setupOwner(t().app);
      id = (
        await createCustomer(owner, {
          name: '杭州云帆网络科技有限公司',
          contacts: [{ name: '李娜', mobile: '13957716688', dataSource: '名片' }],
        })
      ).id;
      for (const q of ['6688', 'yf', '云帆', '7716688']) expect(await finds(q), q).toBe(true);
      expect(await finds('6689')).toBe(false);
    });

    it('indexes again the customers indexed by an older version of the tokens', async () => {
      const db = t().database.db;
      // As an older version of the tokens left it: no grams for pairs of initials.
      if (isPostgres(db)) await db.updateTable('customers').set({ search_grams: [] }).execute();
      else await sql`delete from customer_grams`.execute(db);
      await db.updateTable('customers').set({ search_version: 1 }).execute();
      const grams = async () =>
        isPostgres(db)
          ? (await db.selectFrom('customers').select('search_grams').executeTakeFirstOrThrow()).search_grams
          : (await sql<{ grams: string }>`select grams from customer_grams`.execute(db)).rows.map(
              (r) => r.grams,
            );
      expect(String(await grams())).not.toContain('yf');
      expect(await reindexOutdated(db, 10)).toBe(1);
      expect(await reindexOutdated(db, 10)).toBe(0);
      expect(String(await grams())).toContain('yf');
      expect(await finds('yf')).toBe(true);
    });
  });
}
