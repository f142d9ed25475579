import { afterEach, describe, expect, it } from 'vitest';
import { healthOf } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import {
  at,
  createProject,
  createWonDeal,
  logFollowUp,
  receivePayment,
} from '../../../test/analytics-builders';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { setClockOffset } from '../clock';

const NOVEMBER = 'period=custom&from=2026-11-01&to=2026-11-30';

for (const dialect of DIALECTS) {
  describe(`analytics dashboard (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;
    let sales: Client;
    let salesId: string;
    afterEach(() => setClockOffset(0));

    const board = async (client: Client, query = NOVEMBER) => {
      const response = await client.get(`/api/v1/analytics/dashboard?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };

    it('counts each figure over the period in Asia/Shanghai days and compares it with the days before', async () => {
      owner = await setupOwner(t().app);
      const member = await createMember(t().app, owner, 'sales', '李销售');
      sales = member.client;
      salesId = member.user.id;
      // Created on either side of Shanghai midnight: 23:30 on 31 October, 00:30 on 1 November, 23:59 on
      // 30 November, 00:00 on 1 December.
      at('2026-10-31T15:30:00Z');
      const a = await createCustomer(owner, { name: '甲' });
      at('2026-10-31T16:30:00Z');
      const b = await createCustomer(owner, { name: '乙' });
      at('2026-11-30T15:59:00Z');
      const c = await createCustomer(owner, { name: '丙' });
      at('2026-11-30T16:00:00Z');
      const d = await createCustomer(owner, { name: '丁' });
      at('2026-11-01T02:00:00Z');
      const e = await createCustomer(owner, { name: '戊' });
      at('2026-11-10T02:00:00Z');
      const s1 = await createCustomer(sales, { name: '己' });
      setClockOffset(0);

      await logFollowUp(owner, b.id, '2026-11-30T16:30:00Z'); // 1 December in Shanghai
      await logFollowUp(owner, b.id, '2026-11-30T15:30:00Z'); // 30 November
      await logFollowUp(sales, s1.id, '2026-11-15T03:00:00+00:00');
      await logFollowUp(owner, a.id, '2026-10-20T03:00:00Z');
      // 戊's due dates: 5 November answered on the 4th, 8 November answered late on the 10th, 20 November waiting.
      await logFollowUp(owner, e.id, '2026-11-02T02:00:00Z', { nextDate: '2026-11-05' });
      await logFollowUp(owner, e.id, '2026-11-04T02:00:00Z', { nextDate: '2026-11-08' });
      await logFollowUp(owner, e.id, '2026-11-10T02:00:00Z', { nextDate: '2026-11-20' });

      await createWonDeal(owner, b.id, '2026-11-05', 100_000);
      await createWonDeal(owner, c.id, '2026-11-20', 50_000);
      await createWonDeal(owner, c.id, '2026-11-21', 30_000);
      await createWonDeal(sales, s1.id, '2026-11-12', 70_000);
      await createWonDeal(owner, a.id, '2026-10-15', 40_000);
      await createWonDeal(owner, d.id, '2026-12-01', 5_000);
      // Won, then reopened: no longer counts.
      const reopened = await createWonDeal(owner, b.id, '2026-11-25', 999);
      const back = await owner.patch(`/api/v1/deals/${reopened.id}`, {
        version: reopened.version,
        stage: 'negotiation',
      });
      expect(back.statusCode, back.body).toBe(200);

      const p = await createProject(owner, {
        customerId: b.id,
        name: '乙项目',
        contractAmount: 100_000,
        installments: [{ name: '首付款', amountDue: 100_000, dueDate: '2026-11-10' }],
      });
      await receivePayment(owner, p.installments[0], 60_000, '2026-11-11');
      await receivePayment(owner, p.installments[0], 10_000, '2026-10-30');

      const all = await board(owner);
      const today = todayIn('Asia/Shanghai');
      const health = { active: 0, dormant: 0, atRisk: 0 };
      for (const last of ['2026-10-20', '2026-12-01', null, null, '2026-11-10', '2026-11-15'])
        health[healthOf(last, today, { dormantAfter: 30, atRiskAfter: 60 })] += 1;
      expect(all).toEqual({
        period: {
          kind: 'custom',
          current: { from: '2026-11-01', to: '2026-11-30' },
          previous: { from: '2026-10-02', to: '2026-10-31' },
        },
        subject: { userId: null, name: null },
        today,
        newCustomers: { value: 4, previous: 1 }, // 乙 丙 戊 己 / 甲
        wonCustomers: { value: 3, previous: 1 }, // 乙 丙 (twice) 己 / 甲
        followUps: { value: 5, previous: 1 },
        wonAmount: { value: 250_000, previous: 40_000 },
        wonDeals: { value: 4, previous: 1 },
        receivedAmount: { value: 60_000, previous: 10_000 },
        timeliness: {
          current: { onTime: 1, due: 3, rate: 1 / 3 },
          previous: { onTime: 0, due: 0, rate: null },
        },
        overdueReceivables: { amount: 30_000, count: 1 },
        health,
      });

      // The same figures by a direct count over the records.
      const db = t().database.db;
      const followUpsInNovember = await db
        .selectFrom('follow_ups')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('deleted_at', 'is', null)
        .where('at', '>=', '2026-10-31T16:00:00.000Z')
        .where('at', '<', '2026-11-30T16:00:00.000Z')
        .executeTakeFirstOrThrow();
      expect(Number(followUpsInNovember.n)).toBe(all.followUps.value);
      const createdInNovember = await db
        .selectFrom('customers')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('deleted_at', 'is', null)
        .where('created_at', '>=', '2026-10-31T16:00:00.000Z')
        .where('created_at', '<', '2026-11-30T16:00:00.000Z')
        .executeTakeFirstOrThrow();
      expect(Number(createdInNovember.n)).toBe(all.newCustomers.value);

      // 月度跟进统计: November's row is the dashboard's November; October's has 甲 and its deal and follow-up.
      const monthly = (
        await owner.get('/api/v1/analytics/monthly?period=custom&from=2026-10-01&to=2026-11-30')
      ).json();
      const november = {
        newCustomers: 4,
        wonCustomers: 3,
        followUps: 5,
        wonAmount: 250_000,
        receivedAmount: 60_000,
      };
      expect(monthly.months).toEqual([
        {
          month: '2026-10',
          from: '2026-10-01',
          to: '2026-10-31',
          newCustomers: 1,
          wonCustomers: 1,
          followUps: 1,
          wonAmount: 40_000,
          receivedAmount: 10_000,
        },
        { month: '2026-11', from: '2026-11-01', to: '2026-11-30', ...november },
      ]);
      expect(monthly.totals).toEqual({
        newCustomers: 5,
        wonCustomers: 4,
        followUps: 6,
        wonAmount: 290_000,
        receivedAmount: 70_000,
      });

      // Each clickable figure opens a list that shows as many.
      const total = async (url: string) => (await owner.get(url)).json().total;
      expect(await total('/api/v1/customers?createdFrom=2026-11-01&createdTo=2026-11-30')).toBe(4);
      expect(await total('/api/v1/deals?stageKind=won&closedFrom=2026-11-01&closedTo=2026-11-30')).toBe(4);
      for (const h of ['active', 'dormant', 'atRisk'] as const)
        expect(await total(`/api/v1/customers?health=${h}`)).toBe(health[h]);
    });

    it("shows a sales member their own numbers, and a manager one member's", async () => {
      const mine = await board(sales);
      expect(mine).toMatchObject({
        subject: { userId: null },
        newCustomers: { value: 1, previous: 0 },
        wonCustomers: { value: 1, previous: 0 },
        followUps: { value: 1, previous: 0 },
        wonAmount: { value: 70_000, previous: 0 },
        receivedAmount: { value: 0, previous: 0 },
        overdueReceivables: { amount: 0, count: 0 },
      });
      expect((await sales.get(`/api/v1/analytics/dashboard?${NOVEMBER}&userId=${salesId}`)).statusCode).toBe(
        200,
      );
      const ownerId = (await owner.get('/api/v1/me')).json().user.id;
      expect((await sales.get(`/api/v1/analytics/dashboard?${NOVEMBER}&userId=${ownerId}`)).statusCode).toBe(
        403,
      );

      const theirs = await board(owner, `${NOVEMBER}&userId=${salesId}`);
      expect(theirs).toMatchObject({
        subject: { userId: salesId, name: '李销售' },
        newCustomers: mine.newCustomers,
        wonAmount: mine.wonAmount,
        followUps: mine.followUps,
      });
      const own = await board(owner, `${NOVEMBER}&userId=me`);
      expect(own).toMatchObject({
        newCustomers: { value: 3 },
        followUps: { value: 4 },
        wonAmount: { value: 180_000 },
      });
    });

    it('counts a customer shared with a sales member among theirs, as their list does', async () => {
      const theirs = async () => {
        const { health, newCustomers } = await board(sales);
        return { health, newCustomers };
      };
      const before = await theirs();
      const shared = (await owner.get('/api/v1/customers?q=甲')).json().items[0];
      expect(
        (await owner.post(`/api/v1/customers/${shared.id}/shares`, { userId: salesId })).statusCode,
      ).toBe(200);
      const after = await theirs();
      const sum = (h: typeof after.health) => h.active + h.dormant + h.atRisk;
      expect(sum(after.health)).toBe(sum(before.health) + 1);
      for (const h of ['active', 'dormant', 'atRisk'] as const)
        expect((await sales.get(`/api/v1/customers?health=${h}`)).json().total, h).toBe(after.health[h]);
      // 甲 was created in the days before the period: a new customer of the member's there now.
      expect(after.newCustomers).toEqual({
        value: before.newCustomers.value,
        previous: before.newCustomers.previous + 1,
      });
      await owner.delete(`/api/v1/customers/${shared.id}/shares/${salesId}`);
      expect(await theirs()).toEqual(before);
    });

    it("counts a sales member's agreed dates and follow-ups on a customer shared with them", async () => {
      const theirs = async () => {
        const b = await board(sales);
        return { timeliness: b.timeliness.current, followUps: b.followUps };
      };
      expect(await theirs()).toEqual({
        timeliness: { onTime: 0, due: 0, rate: null },
        followUps: { value: 1, previous: 0 },
      });
      // 戊: three follow-ups in November, due dates 5 November (answered on the 4th), 8 November (late), 20 November
      // (still waiting): the owner's figures, now theirs too.
      const shared = (await owner.get('/api/v1/customers?q=戊')).json().items[0];
      await owner.post(`/api/v1/customers/${shared.id}/shares`, { userId: salesId });
      expect(await theirs()).toEqual({
        timeliness: { onTime: 1, due: 3, rate: 1 / 3 },
        followUps: { value: 4, previous: 0 },
      });
      await owner.delete(`/api/v1/customers/${shared.id}/shares/${salesId}`);
    });

    it("moves a customer's follow-ups and agreed dates to the member it is handed to", async () => {
      const e = (await owner.get('/api/v1/customers?q=戊')).json().items[0];
      const numbers = async (query = NOVEMBER) => {
        const b = await board(sales, query);
        return { timeliness: b.timeliness.current, followUps: b.followUps.value };
      };
      const handTo = async (userId: string) => {
        const handed = await owner.post('/api/v1/customers/bulk', {
          ids: [e.id],
          action: 'assign',
          value: userId,
        });
        expect(handed.json().updated, handed.body).toBe(1);
      };
      await handTo(salesId);
      // 戊's three follow-ups by the owner and its agreed dates (5 November on time, 8 November late, 20 November
      // waiting) are the member's now; as their own (userId=me), only the waiting one, which no follow-up answered.
      expect(await numbers()).toEqual({ timeliness: { onTime: 1, due: 3, rate: 1 / 3 }, followUps: 4 });
      expect(await numbers(`${NOVEMBER}&userId=me`)).toEqual({
        timeliness: { onTime: 0, due: 1, rate: 0 },
        followUps: 1,
      });
      await handTo((await owner.get('/api/v1/me')).json().user.id);
      expect(await numbers()).toEqual({ timeliness: { onTime: 0, due: 0, rate: null }, followUps: 1 });
    });

    it('refuses a custom period that ends before it starts, on the field', async () => {
      const response = await owner.get(
        '/api/v1/analytics/dashboard?period=custom&from=2026-11-30&to=2026-11-01',
      );
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        expect.objectContaining({ path: 'to', code: 'PERIOD_INVALID' }),
      ]);
      const missing = await owner.get('/api/v1/analytics/dashboard?period=custom&from=2026-11-01');
      expect(missing.json().errors).toEqual([
        expect.objectContaining({ path: 'to', code: 'FIELD_REQUIRED' }),
      ]);
    });
  });
}
