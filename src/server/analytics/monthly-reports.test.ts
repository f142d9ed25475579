import { type RawBuilder, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/cadence';
import { dayStartInstant } from '../../domain/analytics';
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
import { monthsOf } from './months';

// Now: Thursday 10 December 2026, noon in Shanghai. This quarter: October, November and 1–10 December.
const NOW = '2026-12-10T04:00:00Z';
const TODAY = '2026-12-10';
const OCT = { month: '2026-10', from: '2026-10-01', to: '2026-10-31' };
const NOV = { month: '2026-11', from: '2026-11-01', to: '2026-11-30' };
const DEC = { month: '2026-12', from: '2026-12-01', to: TODAY };
const QUARTER = { kind: 'quarter', current: { from: '2026-10-01', to: TODAY } };
const ALL = { userId: null, name: null };
const ageing = (count: number, amount: number, customers: number) => ({ count, amount, customers });

describe('monthsOf', () => {
  it('splits a range into calendar months clipped to it', () => {
    const year = monthsOf({ from: '2026-01-01', to: TODAY });
    expect(year).toHaveLength(12);
    expect(year[1]).toEqual({ month: '2026-02', from: '2026-02-01', to: '2026-02-28' });
    expect(year[11]).toEqual(DEC);
    expect(monthsOf({ from: '2026-11-30', to: '2026-12-06' })).toEqual([
      { month: '2026-11', from: '2026-11-30', to: '2026-11-30' },
      { month: '2026-12', from: '2026-12-01', to: '2026-12-06' },
    ]);
    expect(monthsOf({ from: '2026-12-15', to: '2027-01-02' }).map((m) => m.month)).toEqual([
      '2026-12',
      '2027-01',
    ]);
  });
});

for (const dialect of DIALECTS) {
  describe(`analytics reports: churn, repurchase, order value, leaderboard, ageing, health (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;
    let salesA: Client; // 韩梅梅
    let salesB: Client; // 李雷
    let manager: Client;
    let service: Client;
    let salesAId: string;
    let salesBId: string;
    let c1: { id: string };
    beforeEach(() => at(NOW));
    afterEach(() => setClockOffset(0));

    const report = async (client: Client, name: string, query = 'period=quarter') => {
      const response = await client.get(`/api/v1/analytics/${name}?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    const count = async (query: RawBuilder<unknown>) =>
      Number(((await query.execute(t().database.db)).rows[0] as { n: number | string }).n);

    it('builds the data set through the API', async () => {
      owner = await setupOwner(t().app); // 王芳
      const a = await createMember(t().app, owner, 'sales', '韩梅梅');
      const b = await createMember(t().app, owner, 'sales', '李雷');
      [salesA, salesAId, salesB, salesBId] = [a.client, a.user.id, b.client, b.user.id];
      manager = (await createMember(t().app, owner, 'manager', '赵经理')).client;
      await createMember(t().app, owner, 'admin', '韩管理');
      service = (await createMember(t().app, owner, 'service', '周客服')).client;

      // Created on either side of Shanghai midnight: 23:30 on 30 September / 00:30 on 1 October, and the same
      // on 30 November / 1 December.
      at('2026-09-15T02:00:00Z');
      c1 = await createCustomer(owner, { name: '甲' });
      const c4 = await createCustomer(owner, { name: '丁' });
      const c5 = await createCustomer(salesB, { name: '戊' });
      at('2026-09-30T15:30:00Z');
      const c2 = await createCustomer(salesA, { name: '乙' });
      at('2026-09-30T16:30:00Z');
      const c3 = await createCustomer(owner, { name: '丙' });
      at('2026-11-30T15:30:00Z');
      await createCustomer(salesA, { name: '辛' });
      at('2026-11-30T16:30:00Z');
      const c7 = await createCustomer(salesB, { name: '庚' });
      at(NOW);
      await createCustomer(owner, { name: '壬' });
      const c6 = await createCustomer(owner, { name: '己' });

      await createWonDeal(owner, c1.id, '2026-01-15', 100_000);
      await createWonDeal(salesA, c2.id, '2026-03-01', 50_000);
      await createWonDeal(salesA, c2.id, '2026-11-20', 80_000);
      await createWonDeal(owner, c3.id, '2026-10-10', 200_000);
      await createWonDeal(owner, c3.id, '2026-10-25', 60_000);
      await createWonDeal(owner, c3.id, '2026-10-31', 10_001);
      await createWonDeal(salesB, c5.id, '2025-12-01', 30_000);
      await createWonDeal(salesB, c7.id, '2026-11-30', 70_001);
      await createWonDeal(salesB, c7.id, '2026-12-01', 90_000);
      // Won, then reopened: counts nowhere.
      const reopened = await createWonDeal(owner, c4.id, '2026-11-01', 999_999);
      const back = await owner.patch(`/api/v1/deals/${reopened.id}`, {
        version: reopened.version,
        stage: 'negotiation',
      });
      expect(back.statusCode, back.body).toBe(200);
      // A deleted customer leaves every report.
      await createWonDeal(owner, c6.id, '2026-01-01', 40_000);
      expect((await owner.delete(`/api/v1/customers/${c6.id}`)).statusCode).toBe(204);

      await logFollowUp(owner, c1.id, '2026-05-10T02:00:00Z');
      await logFollowUp(salesA, c2.id, '2026-11-05T02:00:00Z');
      await logFollowUp(owner, c3.id, '2026-09-30T16:30:00Z'); // 1 October in Shanghai
      await logFollowUp(owner, c3.id, '2026-09-30T15:30:00Z'); // 30 September
      await logFollowUp(owner, c4.id, '2026-09-20T02:00:00Z');
      await logFollowUp(salesB, c5.id, '2026-06-02T16:30:00Z'); // 3 June: exactly 180 days before 30 November
      await logFollowUp(salesB, c7.id, '2026-12-01T02:00:00Z');

      const p1 = await createProject(owner, {
        customerId: c3.id,
        name: '丙项目',
        contractAmount: 1_000_000,
        milestones: [{ content: '终验', plannedDate: '2027-01-31' }],
        installments: [
          { name: '首付款', amountDue: 100_000, dueDate: addDays(TODAY, -51) },
          { name: '进度款', amountDue: 200_000, dueDate: '2026-11-15' },
          { name: '尾款', amountDue: 300_000, dueDate: addDays(TODAY, 10) },
          { name: '质保金', amountDue: 50_000, milestoneSeq: 1 },
        ],
      });
      await receivePayment(owner, p1.installments[0], 60_000, '2026-10-25');
      await receivePayment(owner, p1.installments[1], 200_000, '2026-09-30'); // paid in full, before the quarter
      const p2 = await createProject(salesA, {
        customerId: c2.id,
        name: '乙项目',
        contractAmount: 1_000_000,
        installments: [
          { name: '首付款', amountDue: 80_000, dueDate: addDays(TODAY, -131) },
          { name: '二期款', amountDue: 40_000, dueDate: addDays(TODAY, -86) },
          { name: '三期款', amountDue: 7_000, dueDate: addDays(TODAY, -90) },
        ],
      });
      await receivePayment(owner, p2.installments[0], 30_000, '2026-12-01');
      const p3 = await createProject(salesB, {
        customerId: c7.id,
        name: '庚项目',
        contractAmount: 1_000_000,
        installments: [
          { name: '首付款', amountDue: 90_000, dueDate: addDays(TODAY, -30) },
          { name: '二期款', amountDue: 20_000, dueDate: addDays(TODAY, -31) },
          { name: '三期款', amountDue: 10_000, dueDate: TODAY },
          { name: '四期款', amountDue: 5_000, dueDate: addDays(TODAY, -1) },
        ],
      });
      await receivePayment(owner, p3.installments[2], 4_000, '2026-12-02');
    });

    it('churn: customers won before the month, inactive for more than 180 days at its end', async () => {
      expect(await report(owner, 'churn')).toEqual({
        period: QUARTER,
        subject: ALL,
        definition: { inactiveDays: 180 },
        months: [
          { ...OCT, base: 3, churned: 1, rate: 1 / 3 }, // 甲 乙 戊 / 乙
          { ...NOV, base: 4, churned: 1, rate: 0.25 }, // + 丙 / 甲 (戊 followed up exactly 180 days before)
          { ...DEC, base: 5, churned: 2, rate: 0.4 }, // + 庚 / 甲 戊
        ],
      });
      const mine = { base: 1, churned: 0, rate: 0 };
      const salesView = [
        { ...OCT, base: 1, churned: 1, rate: 1 },
        { ...NOV, ...mine },
        { ...DEC, ...mine },
      ];
      expect((await report(salesA, 'churn')).months).toEqual(salesView);
      const theirs = await report(owner, 'churn', `period=quarter&userId=${salesAId}`);
      expect(theirs.subject).toEqual({ userId: salesAId, name: '韩梅梅' });
      expect(theirs.months).toEqual(salesView);
      expect(
        await count(sql`select count(*) as n from customers where deleted_at is null
          and first_won_date < '2026-11-01'`),
      ).toBe(4);
      expect((await report(owner, 'churn', 'period=year')).months).toHaveLength(12);
    });

    it('repurchase: buyers of the month with two or more won deals by its end', async () => {
      expect(await report(owner, 'repurchase')).toEqual({
        period: QUARTER,
        subject: ALL,
        months: [
          { ...OCT, buyers: 1, repeat: 1, rate: 1 }, // 丙 (three deals in October)
          { ...NOV, buyers: 2, repeat: 1, rate: 0.5 }, // 乙 (again) 庚 (first)
          { ...DEC, buyers: 1, repeat: 1, rate: 1 }, // 庚 (second)
        ],
      });
      const none = { buyers: 0, repeat: 0, rate: null };
      expect((await report(salesA, 'repurchase')).months).toEqual([
        { ...OCT, ...none },
        { ...NOV, buyers: 1, repeat: 1, rate: 1 },
        { ...DEC, ...none },
      ]);
      expect(
        await count(sql`select count(distinct customer_id) as n from deals where deleted_at is null
          and stage_kind = 'won' and closed_date between '2026-11-01' and '2026-11-30'`),
      ).toBe(2);
    });

    it('order value: won deals, amount, average and median by month, clipped to the period', async () => {
      expect(await report(owner, 'order-value')).toEqual({
        period: QUARTER,
        subject: ALL,
        months: [
          { ...OCT, deals: 3, amount: 270_001, average: 90_000, median: 60_000 },
          { ...NOV, deals: 2, amount: 150_001, average: 75_001, median: 75_001 }, // 75 000.5 rounded up
          { ...DEC, deals: 1, amount: 90_000, average: 90_000, median: 90_000 },
        ],
      });
      const custom = await report(owner, 'order-value', 'period=custom&from=2026-10-15&to=2026-11-25');
      expect(custom.months).toEqual([
        {
          month: '2026-10',
          from: '2026-10-15',
          to: '2026-10-31',
          deals: 2,
          amount: 70_001,
          average: 35_001,
          median: 35_001,
        },
        {
          month: '2026-11',
          from: '2026-11-01',
          to: '2026-11-25',
          deals: 1,
          amount: 80_000,
          average: 80_000,
          median: 80_000,
        },
      ]);
      const none = { deals: 0, amount: 0, average: null, median: null };
      expect((await report(salesA, 'order-value')).months).toEqual([
        { ...OCT, ...none },
        { ...NOV, deals: 1, amount: 80_000, average: 80_000, median: 80_000 },
        { ...DEC, ...none },
      ]);
      expect(
        await count(sql`select sum(coalesce(actual_amount, expected_amount, 0)) as n from deals
          where deleted_at is null and stage_kind = 'won' and closed_date between '2026-10-01' and '2026-10-31'`),
      ).toBe(270_001);
      const dashboard = await report(owner, 'dashboard', 'period=custom&from=2026-10-01&to=2026-10-31');
      expect(dashboard.wonAmount.value).toBe(270_001);
    });

    it('leaderboard: every selling member over the period, for those who see every customer', async () => {
      const row = (name: string, role: string, figures: number[]) => {
        const [wonAmount, wonDeals, receivedAmount, followUps, newCustomers] = figures;
        return {
          user: { id: expect.any(String), name, role },
          wonAmount,
          wonDeals,
          receivedAmount,
          followUps,
          newCustomers,
        };
      };
      const quarter = await report(owner, 'leaderboard', `period=quarter&userId=${salesAId}`);
      expect(quarter).toEqual({
        period: QUARTER,
        subject: ALL,
        rows: [
          row('王芳', 'owner', [270_001, 3, 60_000, 1, 2]),
          row('李雷', 'sales', [160_001, 2, 4_000, 1, 1]),
          row('韩梅梅', 'sales', [80_000, 1, 30_000, 1, 1]),
          row('韩管理', 'admin', [0, 0, 0, 0, 0]),
          row('赵经理', 'manager', [0, 0, 0, 0, 0]),
        ],
      });
      // December: 庚 created at 00:30 on the 1st counts, 辛 at 23:30 on 30 November does not; ties by pinyin.
      expect((await report(manager, 'leaderboard', 'period=month')).rows).toEqual([
        row('李雷', 'sales', [90_000, 1, 4_000, 1, 1]),
        row('韩管理', 'admin', [0, 0, 0, 0, 0]),
        row('韩梅梅', 'sales', [0, 0, 30_000, 0, 0]),
        row('王芳', 'owner', [0, 0, 0, 0, 1]),
        row('赵经理', 'manager', [0, 0, 0, 0, 0]),
      ]);
      expect(quarter.rows[2].user.id).toBe(salesAId);
      expect(
        await count(sql`select sum(payments.amount) as n from payments join projects on projects.id = payments.project_id
          where payments.deleted_at is null and projects.owner_id = ${salesAId}
          and payments.paid_on between '2026-10-01' and ${TODAY}`),
      ).toBe(30_000);
      for (const client of [salesA, service]) {
        const refused = await client.get('/api/v1/analytics/leaderboard?period=quarter');
        expect(refused.statusCode).toBe(403);
        expect(refused.json().code).toBe('FORBIDDEN');
      }
    });

    it('receivables ageing: open installments today by days overdue', async () => {
      const all = await report(owner, 'receivables-ageing');
      expect(all).toEqual({
        period: QUARTER,
        subject: ALL,
        today: TODAY,
        buckets: [
          { bucket: '0-30', ...ageing(2, 90_000 + 5_000, 1) }, // 30 days and 1 day
          { bucket: '31-60', ...ageing(2, 40_000 + 20_000, 2) }, // 51 and 31 days
          { bucket: '61-90', ...ageing(2, 40_000 + 7_000, 1) }, // 86 and 90 days
          { bucket: '90+', ...ageing(1, 50_000, 1) }, // 131 days
        ],
        notDue: ageing(3, 300_000 + 50_000 + 6_000, 2), // due in 10 days, undated, due today
        overdue: ageing(7, 252_000, 3),
        total: ageing(10, 608_000, 3),
      });
      const mine = await report(salesA, 'receivables-ageing');
      expect(mine.buckets).toEqual([
        { bucket: '0-30', ...ageing(0, 0, 0) },
        { bucket: '31-60', ...ageing(0, 0, 0) },
        { bucket: '61-90', ...ageing(2, 47_000, 1) },
        { bucket: '90+', ...ageing(1, 50_000, 1) },
      ]);
      expect([mine.notDue, mine.overdue, mine.total]).toEqual([
        ageing(0, 0, 0),
        ageing(3, 97_000, 1),
        ageing(3, 97_000, 1),
      ]);
      const theirs = await report(owner, 'receivables-ageing', `userId=${salesBId}`);
      expect(theirs.buckets.map((b: { count: number }) => b.count)).toEqual([2, 1, 0, 0]);
      expect([theirs.notDue, theirs.overdue]).toEqual([ageing(1, 6_000, 1), ageing(3, 115_000, 1)]);
      expect(
        await count(sql`select sum(amount_due - received_amount) as n from installments where deleted_at is null
          and received_amount < amount_due and effective_due_date < ${TODAY}`),
      ).toBe(252_000);
      expect((await report(owner, 'dashboard')).overdueReceivables).toEqual({ amount: 252_000, count: 7 });
    });

    it('health: customers existing at each month end by their last follow-up up to that day', async () => {
      const expected = [
        { ...OCT, asOf: '2026-10-31', active: 1, dormant: 1, atRisk: 3 }, // 丙 (30 days) / 丁 / 甲 乙 戊
        { ...NOV, asOf: '2026-11-30', active: 1, dormant: 1, atRisk: 4 }, // 乙 / 丙 / 甲 丁 戊 辛
        { ...DEC, asOf: TODAY, active: 1, dormant: 1, atRisk: 6 }, // 庚 / 乙 / 甲 丙 丁 戊 辛 壬
      ];
      expect(await report(owner, 'health')).toEqual({
        period: QUARTER,
        subject: ALL,
        thresholds: { dormantAfter: 30, atRiskAfter: 60 },
        months: expected,
      });
      expect((await report(salesA, 'health')).months).toEqual([
        { ...expected[0], active: 0, dormant: 0, atRisk: 1 },
        { ...expected[1], active: 1, dormant: 0, atRisk: 1 },
        { ...expected[2], active: 0, dormant: 1, atRisk: 1 },
      ]);
      const before = dayStartInstant('2026-12-01', 'Asia/Shanghai');
      expect(
        await count(
          sql`select count(*) as n from customers where deleted_at is null and created_at < ${before}`,
        ),
      ).toBe(6);
      // Today's column agrees with the dashboard's health, which reads the stored last follow-up day.
      expect((await report(owner, 'dashboard')).health).toEqual({ active: 1, dormant: 1, atRisk: 6 });
    });

    it('leaves past months alone when someone follows up today', async () => {
      await logFollowUp(owner, c1.id, NOW);
      const churn = await report(owner, 'churn');
      expect(churn.months.map((m: { churned: number }) => m.churned)).toEqual([1, 1, 1]);
      const health = await report(owner, 'health');
      expect(health.months.map((m: { active: number; atRisk: number }) => [m.active, m.atRisk])).toEqual([
        [1, 3],
        [1, 4],
        [2, 5],
      ]);
    });

    it('keeps closed months until a change dated in them arrives, and then counts them afresh', async () => {
      const db = t().database.db;
      const kept = () => count(sql`select count(*) as n from analytics_months where figures <> 'pending'`);
      const figures = async () => ({
        churn: (await report(owner, 'churn')).months,
        health: (await report(owner, 'health')).months,
        theirs: (await report(owner, 'churn', `period=quarter&userId=${salesAId}`)).months,
      });
      const afresh = () => db.deleteFrom('analytics_months').execute().then(figures);
      const c4 = (await owner.get('/api/v1/customers?q=丁')).json().items[0];
      const c3 = (await owner.get('/api/v1/customers?q=丙')).json().items[0];
      const changes: [string, () => Promise<unknown>][] = [
        // Typed ahead: today's column reads stored last days, and this one must not make 丁 look active.
        ['a follow-up dated after today', () => logFollowUp(owner, c4.id, '2026-12-20T02:00:00Z')],
        ['a follow-up logged for October', () => logFollowUp(owner, c1.id, '2026-10-20T02:00:00Z')],
        [
          'a customer handed over',
          () => owner.post('/api/v1/customers/bulk', { ids: [c1.id], action: 'assign', value: salesAId }),
        ],
        ['a customer to the recycle bin', () => owner.delete(`/api/v1/customers/${c3.id}`)],
        ['a deal won on 5 October', () => createWonDeal(owner, c4.id, '2026-10-05', 1_000)],
      ];
      for (const [change, make] of changes) {
        const before = await figures();
        expect(await kept(), change).toBeGreaterThan(0);
        await make();
        const after = await figures();
        if (change === 'a follow-up dated after today') expect(after, change).toEqual(before);
        else expect(after, change).not.toEqual(before);
        expect(after, change).toEqual(await afresh());
      }
    });
  });
}
