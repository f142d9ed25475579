import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { reclaimIdleCustomers } from './reclaim.service';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000);

for (const dialect of DIALECTS) {
  describe(`shared pool 公海 (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    const setPool = async (pool: { reclaimDays: number | null; claimLimit: number | null }) => {
      const ws = (await owner.get('/api/v1/workspace')).json();
      const saved = await owner.patch('/api/v1/workspace', { version: ws.version, settings: { pool } });
      expect(saved.statusCode).toBe(200);
    };

    it('lets sales claim from the pool up to their limit, first come first served, all in the history', async () => {
      owner = await setupOwner(t().app);
      await setPool({ reclaimDays: null, claimLimit: 2 });
      const a = await createMember(t().app, owner, 'sales');
      const b = await createMember(t().app, owner, 'sales');
      const pooled = [await createCustomer(owner), await createCustomer(owner), await createCustomer(owner)];
      for (const c of pooled)
        expect((await owner.post(`/api/v1/customers/${c.id}/release`)).statusCode).toBe(204);
      expect((await a.client.get('/api/v1/pool')).json()).toMatchObject({ total: 3 });
      expect((await a.client.get(`/api/v1/customers/${pooled[0]!.id}`)).statusCode).toBe(404);

      const claimed = await a.client.post(`/api/v1/customers/${pooled[0]!.id}/claim`);
      expect(claimed.json()).toMatchObject({ owner: { id: a.user.id } });
      expect((await b.client.post(`/api/v1/customers/${pooled[0]!.id}/claim`)).json().code).toBe(
        'NOT_IN_POOL',
      );
      await createCustomer(a.client); // now holds 2: the limit
      const over = await a.client.post(`/api/v1/customers/${pooled[1]!.id}/claim`);
      expect(over.statusCode).toBe(409);
      expect(over.json()).toMatchObject({ code: 'POOL_CLAIM_LIMIT', detail: expect.stringContaining('2') });
      expect((await b.client.post(`/api/v1/customers/${pooled[1]!.id}/claim`)).statusCode).toBe(200);

      const history = (await owner.get(`/api/v1/customers/${pooled[0]!.id}/history`)).json().items;
      expect(history.map((h: { action: string }) => h.action).slice(0, 2)).toEqual(['claim', 'release']);
      // A sales member may not put back someone else's customer.
      expect((await a.client.post(`/api/v1/customers/${pooled[1]!.id}/release`)).statusCode).toBe(404);
    });

    it('reclaims customers not followed up for N days, warning their owner 3 days before, once', async () => {
      await setPool({ reclaimDays: 30, claimLimit: null });
      const sales = await createMember(t().app, owner, 'sales', '赵磊');
      const idle = await createCustomer(sales.client, { name: '杭州久未跟进有限公司' });
      const kept = await createCustomer(sales.client, { name: '杭州常联系有限公司' });
      const db = t().database.db;

      // 27 days on: everyone's customers are 3 days from the pool (赵磊 and the two who claimed above): one warning
      // per owner, however often the job runs.
      expect(await reclaimIdleCustomers(db, inDays(27))).toEqual({ reclaimed: 0, warned: 3, unfinished: 0 });
      expect(await reclaimIdleCustomers(db, inDays(27))).toEqual({ reclaimed: 0, warned: 0, unfinished: 0 });
      const bell = (await sales.client.get('/api/v1/notifications')).json().items;
      expect(bell[0]).toMatchObject({ title: '2 个客户 3 天内将被收回公海' });
      expect(bell[0].body).toContain('杭州久未跟进有限公司');

      // A follow-up keeps one; the other goes back to the pool on day 30.
      const at = inDays(20).toISOString();
      await sales.client.post('/api/v1/follow-ups', {
        customerId: kept.id,
        method: '电话',
        summary: '聊了续约',
        at,
      });
      // Reclaimed: 赵磊's idle one and the three claimed above, never followed up. A run out of time (here: no
      // time, batches of 3) stops after a batch and the next run finishes the work.
      const limits = { batch: 3, budgetMs: 0 };
      expect(await reclaimIdleCustomers(db, inDays(30), limits)).toMatchObject({
        reclaimed: 3,
        unfinished: 1,
      });
      expect(await reclaimIdleCustomers(db, inDays(30), limits)).toMatchObject({
        reclaimed: 1,
        unfinished: 0,
      });
      expect((await owner.get(`/api/v1/customers/${idle.id}`)).json().owner).toBeNull();
      expect((await owner.get(`/api/v1/customers/${kept.id}`)).json().owner).toMatchObject({ name: '赵磊' });
      const history = (await owner.get(`/api/v1/customers/${idle.id}/history`)).json().items;
      expect(history[0]).toMatchObject({ action: 'reclaim', user: null });
    });
  });
}
