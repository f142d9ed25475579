import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { filterCustomers, scopeCustomers, ZCustomerListQuery } from './customer-list';
import { COUNTED_COLUMNS, countTotal, totalQuery } from './customer-total';

for (const dialect of DIALECTS) {
  describe(`customer totals (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    /** The kept totals, and the same counted afresh from the customers: they must never differ. */
    async function keptAndCounted() {
      const db = t().database.db;
      const kept = await db
        .selectFrom('customer_counts')
        .select(['dimension', 'key', 'n'])
        .where('n', '<>', 0)
        // The list's dimensions; the analytics' days have their own test (follow-up-day-counts.test.ts).
        .where('dimension', 'in', Object.keys(COUNTED_COLUMNS))
        .execute();
      const counted: { dimension: string; key: string; n: number }[] = [];
      for (const [dimension, column] of Object.entries(COUNTED_COLUMNS)) {
        const key = sql<string>`coalesce(${sql.ref(column ?? 'workspace_id')}, '')`;
        const rows = await db
          .selectFrom('customers')
          .select([key.as('key'), (eb) => eb.fn.countAll<number>().as('n')])
          .where('deleted_at', 'is', null)
          .groupBy(key)
          .execute();
        if (!column) rows.forEach((r) => (r.key = ''));
        counted.push(...rows.map((r) => ({ dimension, key: r.key, n: Number(r.n) })));
      }
      const order = (rows: { dimension: string; key: string; n: unknown }[]) =>
        rows.map((r) => `${r.dimension}/${r.key}=${Number(r.n)}`).sort();
      return { kept: order(kept), counted: order(counted) };
    }

    it('keeps the totals by source, grade, owner … through every kind of change', async () => {
      owner = await setupOwner(t().app);
      const check = async (step: string) => {
        const { kept, counted } = await keptAndCounted();
        expect(kept, step).toEqual(counted);
      };
      const a = await createCustomer(owner, { sourceChannel: '抖音' });
      const b = await createCustomer(owner, { city: '宁波' });
      const c = await createCustomer(owner);
      await check('after creates');
      expect(
        (
          await owner.patch(`/api/v1/customers/${a.id}`, {
            sourceChannel: '展会',
            grade: 'A',
            version: a.version,
          })
        ).statusCode,
      ).toBe(200);
      await check('after an edit');
      const sales = await createMember(t().app, owner, 'sales');
      await owner.post('/api/v1/customers/bulk', {
        ids: [b.id, c.id],
        action: 'assign',
        value: sales.user.id,
      });
      await owner.post('/api/v1/customers/bulk', { ids: [b.id], action: 'setStatus', value: '跟进中' });
      await check('after bulk changes');
      const merged = await owner.post(`/api/v1/customers/${a.id}/merge`, { fromId: c.id });
      expect(merged.statusCode).toBe(200);
      await check('after a merge');
      expect((await owner.delete(`/api/v1/customers/${b.id}`)).statusCode).toBe(204);
      await check('after a delete to the recycle bin');
      expect((await owner.post(`/api/v1/recycle-bin/customer/${b.id}/restore`)).statusCode).toBe(204);
      await check('after a restore');
      await owner.delete(`/api/v1/customers/${b.id}`);
      expect((await owner.delete(`/api/v1/recycle-bin/customer/${b.id}`)).statusCode).toBe(204);
      await check('after a purge');

      const bySource = (await owner.get('/api/v1/customers/counts?by=sourceChannel')).json().items;
      expect(bySource).toEqual([{ key: 'trade_show', label: '展会', count: 1 }]);
      expect((await owner.get('/api/v1/customers?sourceChannel=展会')).json()).toMatchObject({
        total: 1,
        totalCapped: false,
      });
    });

    it('gives a sales member the exact total of their own and shared customers, each once', async () => {
      const sales = await createMember(t().app, owner, 'sales');
      const mine = [await createCustomer(sales.client), await createCustomer(sales.client)];
      const others = await createCustomer(owner);
      await owner.post(`/api/v1/customers/${others.id}/shares`, { userId: sales.user.id });
      await owner.post(`/api/v1/customers/${mine[0]!.id}/shares`, { userId: sales.user.id });
      const total = async () => (await sales.client.get('/api/v1/customers?limit=1')).json();
      expect(await total()).toMatchObject({ total: 3, totalCapped: false });
      await sales.client.delete(`/api/v1/customers/${mine[1]!.id}`);
      await owner.delete(`/api/v1/customers/${others.id}`);
      expect(await total()).toMatchObject({ total: 1, totalCapped: false });
    });

    it('counts a filtered list only up to the cap, and says there are more', async () => {
      for (let i = 0; i < 4; i++) await createCustomer(owner, { city: '绍兴', kind: 'company' });
      const db = t().database.db;
      const me = (await owner.get('/api/v1/me')).json();
      const scope = {
        workspaceId: me.workspace.id,
        userId: me.user.id,
        role: 'owner' as const,
        ownOnly: false,
      };
      const query = ZCustomerListQuery.parse({ city: '绍兴', kind: 'company' });
      const matching = filterCustomers(db, scopeCustomers(db.selectFrom('customers'), scope), query);
      expect(await countTotal(totalQuery(db, scope, query, false, matching, 3))).toEqual({
        total: 3,
        totalCapped: true,
      });
      expect(await countTotal(totalQuery(db, scope, query, false, matching, 10))).toEqual({
        total: 4,
        totalCapped: false,
      });
    });
  });
}
