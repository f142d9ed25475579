import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { logFollowUp } from '../../../test/analytics-builders';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import type { TFollowUpCountKind } from './analytics.table';
import { recountAnalyticsSql } from './recount';

for (const dialect of DIALECTS) {
  describe(`follow-ups and customers' days counted as they change (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    /** Kept counts of these kinds, one line each. */
    async function keptOf(kinds: TFollowUpCountKind[]) {
      const kept = await t()
        .database.db.selectFrom('follow_up_day_counts')
        .select(['kind', 'day', 'user_id', 'method', 'logged', 'due', 'on_time'])
        .where('kind', 'in', kinds)
        .where((eb) => eb.or([eb('logged', '<>', 0), eb('due', '<>', 0), eb('on_time', '<>', 0)]))
        .execute();
      return kept
        .map((r) => `${r.kind}/${r.day}/${r.user_id}/${r.method}=${[r.logged, r.due, r.on_time].map(Number)}`)
        .sort();
    }

    /** The kept counts, and the same counted afresh from the follow-ups of live customers: never different. */
    async function keptAndCounted() {
      const db = t().database.db;
      const live = db
        .selectFrom('follow_ups as f')
        .innerJoin('customers as c', 'c.id', 'f.customer_id')
        .where('f.deleted_at', 'is', null)
        .where('c.deleted_at', 'is', null);
      const logged = await live
        .select(['f.day', 'f.user_id', 'f.method', sql<number>`count(*)`.as('n')])
        .groupBy(['f.day', 'f.user_id', 'f.method'])
        .execute();
      const due = await live
        .where('f.due_date', 'is not', null)
        .select([
          'f.due_date as day',
          'f.user_id',
          'f.method',
          sql<number>`count(*)`.as('n'),
          sql<number>`count(case when f.day <= f.due_date then 1 end)`.as('on_time'),
        ])
        .groupBy(['f.due_date', 'f.user_id', 'f.method'])
        .execute();
      // Each follow-up counts four times: in all, under its member, its method, and both.
      const counted = new Map<string, [number, number, number]>();
      const add = (day: string, user: string, method: string, n: [number, number, number]) => {
        for (const key of [
          `all/${day}//`,
          `user/${day}/${user}/`,
          `method/${day}//${method}`,
          `user_method/${day}/${user}/${method}`,
        ]) {
          const row = counted.get(key) ?? counted.set(key, [0, 0, 0]).get(key)!;
          row[0] += n[0];
          row[1] += n[1];
          row[2] += n[2];
        }
      };
      for (const r of logged) add(r.day, r.user_id, r.method, [Number(r.n), 0, 0]);
      for (const r of due) add(String(r.day), r.user_id, r.method, [0, Number(r.n), Number(r.on_time)]);
      return {
        kept: await keptOf(['all', 'user', 'method', 'user_method']),
        counted: [...counted].map(([key, n]) => `${key}=${n}`).sort(),
      };
    }

    /**
     * The counts kept by the customer's owner (all follow-ups on their live customers, and those they logged
     * themselves), and the same counted afresh.
     */
    async function byOwner() {
      const rows = await sql<{
        kind: string;
        day: string;
        owner_id: string;
        logged: number;
        due: number;
        on_time: number;
      }>`
        select k.kind, x.day, x.owner_id, sum(x.logged) as logged, sum(x.due) as due, sum(x.on_time) as on_time
        from (
          select f.day, c.owner_id, f.user_id = c.owner_id as self, 1 as logged, 0 as due, 0 as on_time
          from follow_ups f join customers c on c.id = f.customer_id
          where f.deleted_at is null and c.deleted_at is null and c.owner_id is not null
          union all
          select f.due_date, c.owner_id, f.user_id = c.owner_id, 0, 1, case when f.day <= f.due_date then 1 else 0 end
          from follow_ups f join customers c on c.id = f.customer_id
          where f.deleted_at is null and c.deleted_at is null and c.owner_id is not null and f.due_date is not null
        ) x join (select 'owner' as kind union all select 'owner_self') k on k.kind = 'owner' or x.self
        group by k.kind, x.day, x.owner_id`.execute(t().database.db);
      return {
        kept: await keptOf(['owner', 'owner_self']),
        counted: rows.rows
          .map((r) => `${r.kind}/${r.day}/${r.owner_id}/=${[r.logged, r.due, r.on_time].map(Number)}`)
          .sort(),
      };
    }

    /** customer_counts' live customers per last follow-up day and next agreed date, and the same counted afresh. */
    async function customerDays() {
      const db = t().database.db;
      const kept = await db
        .selectFrom('customer_counts')
        .select(['dimension', 'key', 'n'])
        .where('dimension', 'in', ['lastFollowUpDay', 'nextDueDate'])
        .where('n', '<>', 0)
        .execute();
      const counted = await sql<{ dimension: string; key: string; n: number }>`
        select 'lastFollowUpDay' as dimension, last_follow_up_day as key, count(*) as n from customers
        where deleted_at is null and last_follow_up_day is not null group by last_follow_up_day
        union all
        select 'nextDueDate', next_due_date, count(*) from customers
        where deleted_at is null and next_due_date is not null group by next_due_date`.execute(db);
      const lines = (rows: { dimension: string; key: string; n: number | string }[]) =>
        rows.map((r) => `${r.dimension}/${r.key}=${Number(r.n)}`).sort();
      return { kept: lines(kept), counted: lines(counted.rows) };
    }

    it('keeps the counts through logging, edits, the recycle bin, a hand-over, the 公海, a merge and a purge', async () => {
      owner = await setupOwner(t().app);
      const sales = await createMember(t().app, owner, 'sales', '李销售');
      const check = async (step: string) => {
        const { kept, counted } = await keptAndCounted();
        expect(counted.length, step).toBeGreaterThan(0);
        expect(kept, step).toEqual(counted);
        const days = await customerDays();
        expect(days.counted.length, step).toBeGreaterThan(0);
        expect(days.kept, step).toEqual(days.counted);
        const owners = await byOwner();
        expect(owners.counted.length, step).toBeGreaterThan(0);
        expect(owners.kept, step).toEqual(owners.counted);
      };
      const a = await createCustomer(owner, { name: '甲' });
      const b = await createCustomer(sales.client, { name: '乙' });
      const c = await createCustomer(owner, { name: '丙' });
      // Agreed dates: the next follow-up answers them, one on time, one late; the same day twice.
      await logFollowUp(owner, a.id, '2026-11-02T02:00:00Z', { nextDate: '2026-11-05' });
      const late = await logFollowUp(owner, a.id, '2026-11-06T02:00:00Z', { nextDate: '2026-11-08' });
      await logFollowUp(owner, a.id, '2026-11-08T02:00:00Z', { method: '微信' });
      await logFollowUp(sales.client, b.id, '2026-11-08T03:00:00Z', { nextDate: '2026-11-09' });
      await logFollowUp(sales.client, b.id, '2026-11-08T05:00:00Z');
      const onC = await logFollowUp(owner, c.id, '2026-11-03T02:00:00Z', { nextDate: '2026-11-04' });
      await logFollowUp(owner, c.id, '2026-11-04T02:00:00Z');
      await check('after logging');
      // 5 November answered late on the 6th; 9 November answered on the 8th, on time.
      const { kept } = await keptAndCounted();
      expect(kept).toContain('method/2026-11-05//phone=0,1,0');
      expect(kept).toContain('method/2026-11-09//phone=0,1,1');
      expect(kept).toContain('method/2026-11-08//wechat=1,1,1');
      expect(kept).toContain('all/2026-11-08//=3,1,1');

      const edited = await owner.patch(`/api/v1/follow-ups/${late.id}`, {
        version: late.version,
        at: '2026-11-04T02:00:00Z',
        method: '面谈/拜访',
      });
      expect(edited.statusCode, edited.body).toBe(200);
      await check('after moving a follow-up to another day and method');

      expect((await owner.delete(`/api/v1/follow-ups/${onC.id}`)).statusCode).toBe(204);
      await check('after a follow-up went to the recycle bin');
      expect((await owner.post(`/api/v1/recycle-bin/followUp/${onC.id}/restore`)).statusCode).toBe(204);
      await check('after it came back');

      expect((await owner.delete(`/api/v1/customers/${b.id}`)).statusCode).toBe(204);
      await check('after a customer went to the recycle bin');
      expect((await owner.post(`/api/v1/recycle-bin/customer/${b.id}/restore`)).statusCode).toBe(204);
      await check('after the customer came back');

      // The owner's follow-ups on a customer handed to the member count under the member, not as the member's own.
      const assigned = await owner.post('/api/v1/customers/bulk', {
        ids: [a.id],
        action: 'assign',
        value: sales.user.id,
      });
      expect(assigned.json().updated, assigned.body).toBe(1);
      await check('after a hand-over');
      // 8 November: the member's two on 乙 and the owner's on 甲, which answered 甲's agreed date that day.
      const members = await keptOf(['owner', 'owner_self']);
      expect(members).toContain(`owner/2026-11-08/${sales.user.id}/=3,1,1`);
      expect(members).toContain(`owner_self/2026-11-08/${sales.user.id}/=2,0,0`);
      expect((await sales.client.post(`/api/v1/customers/${a.id}/release`)).statusCode).toBe(204);
      await check('after the member let the customer go to the 公海');
      expect((await sales.client.post(`/api/v1/customers/${a.id}/claim`)).statusCode).toBe(200);
      await check('after the member claimed it back');
      const ownerId: string = (await owner.get('/api/v1/me')).json().user.id;
      const back = await owner.post('/api/v1/customers/bulk', {
        ids: [a.id],
        action: 'assign',
        value: ownerId,
      });
      expect(back.json().updated, back.body).toBe(1);
      await check('after it was handed back');

      expect((await owner.post(`/api/v1/customers/${a.id}/merge`, { fromId: c.id })).statusCode).toBe(200);
      await check('after a merge');
      await owner.delete(`/api/v1/follow-ups/${onC.id}`);
      expect((await owner.delete(`/api/v1/recycle-bin/followUp/${onC.id}`)).statusCode).toBe(204);
      await owner.delete(`/api/v1/customers/${b.id}`);
      expect((await owner.delete(`/api/v1/recycle-bin/customer/${b.id}`)).statusCode).toBe(204);
      await check('after purges from the recycle bin');
    });

    it('counts afresh what the triggers kept, as a bulk load does after writing around them', async () => {
      const db = t().database.db;
      // A follow-up of a customer in the 公海 counts for the workspace but for no owner.
      const pooled = await createCustomer(owner, { name: '辛' });
      await logFollowUp(owner, pooled.id, '2026-11-10T02:00:00Z', { nextDate: '2026-11-11' });
      await logFollowUp(owner, pooled.id, '2026-11-12T02:00:00Z');
      expect((await owner.post(`/api/v1/customers/${pooled.id}/release`)).statusCode).toBe(204);
      const kinds: TFollowUpCountKind[] = ['all', 'user', 'method', 'user_method', 'owner', 'owner_self'];
      const kept = await keptOf(kinds);
      expect(new Set(kept.map((line) => line.split('/')[0]))).toEqual(new Set(kinds));
      expect(kept).toContain('all/2026-11-11//=0,1,0');
      expect(kept.filter((line) => line.startsWith('owner') && line.includes('/2026-11-1'))).toEqual([]);
      const { workspace_id } = await db.selectFrom('users').select('workspace_id').executeTakeFirstOrThrow();
      for (const statement of recountAnalyticsSql(workspace_id, { pg: dialect === 'postgres' }))
        await statement.execute(db);
      expect(await keptOf(kinds)).toEqual(kept);
    });

    it.runIf(dialect === 'postgres')(
      'lets a follow-up change and a hand-over of its customer wait for each other without a deadlock',
      async () => {
        const db = t().database.db;
        const sales = await createMember(t().app, owner, 'sales', '赵销售');
        const customer = await createCustomer(owner, { name: '庚' });
        const followUp = await logFollowUp(owner, customer.id, '2026-11-12T02:00:00Z');
        let handOver: Promise<unknown> | undefined;
        // The follow-up moves a day and then touches its customer, as the service does; meanwhile the customer is
        // handed over. Without the customer locked first, each would wait for a row the other holds.
        await db.transaction().execute(async (trx) => {
          await trx
            .updateTable('follow_ups')
            .set({ day: '2026-11-13' })
            .where('id', '=', followUp.id)
            .execute();
          handOver = db
            .updateTable('customers')
            .set({ owner_id: sales.user.id })
            .where('id', '=', customer.id)
            .execute();
          await new Promise((resolve) => setTimeout(resolve, 300));
          await trx
            .updateTable('customers')
            .set({ last_follow_up_day: '2026-11-13' })
            .where('id', '=', customer.id)
            .execute();
        });
        await handOver;
        expect(await keptOf(['owner'])).toContain(`owner/2026-11-13/${sales.user.id}/=1,0,0`);
      },
    );
  });
}
