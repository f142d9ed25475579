import { sql } from 'kysely';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { at, logFollowUp } from '../../../test/analytics-builders';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import type { TFunnelReport, TMethodsReport } from '../../domain/analytics-reports';
import { setClockOffset } from '../clock';

/** November 2026 in Shanghai: the instants 2026-10-31T16:00Z up to 2026-11-30T16:00Z. */
const NOVEMBER = 'period=custom&from=2026-11-01&to=2026-11-30';
/** Reports are read on 1 December (Shanghai): "today" for won-by-today. */
const REPORT_AT = '2026-12-01T01:00:00Z';

/** Moves the server's "now" (created_at, stage changes) to an instant. */

type Deal = { id: string; version: number };
type TMethodRow = TMethodsReport['rows'][number];
type TStageRow = TFunnelReport['stages'][number];

/** A row's figures in a line, so a table of expectations reads like the report. */
const stageFigures = (s: TStageRow) => [
  s.key,
  s.label,
  s.kind,
  s.reached,
  s.share,
  s.conversion,
  s.medianDays,
];
const methodFigures = (r: TMethodRow) => [
  r.key,
  r.label,
  r.followUps,
  r.closedDeals,
  r.wonDeals,
  r.conversionRate,
  r.winRate,
];

for (const dialect of DIALECTS) {
  describe(`analytics reports: funnel, channels, methods, cycle (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;
    let sales: Client;
    let salesId: string;
    let otherId: string;

    afterEach(() => setClockOffset(0));

    const deal = async (client: Client, when: string, body: Record<string, unknown>) => {
      at(when);
      const response = await client.post('/api/v1/deals', body);
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as Deal;
    };
    const move = async (client: Client, d: Deal, when: string, body: Record<string, unknown>) => {
      at(when);
      const response = await client.patch(`/api/v1/deals/${d.id}`, { version: d.version, ...body });
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as Deal;
    };
    const customer = async (client: Client, when: string, overrides: Record<string, unknown>) => {
      at(when);
      return createCustomer(client, overrides);
    };
    const report = async (client: Client, name: string, query = NOVEMBER) => {
      at(REPORT_AT);
      const response = await client.get(`/api/v1/analytics/${name}?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    const period = { kind: 'custom', current: { from: '2026-11-01', to: '2026-11-30' } };

    // The data set; each customer's story is spelled out where its figures are asserted.
    beforeAll(async () => {
      owner = await setupOwner(t().app);
      const member = await createMember(t().app, owner, 'sales', '李销售');
      sales = member.client;
      salesId = member.user.id;
      otherId = (await createMember(t().app, owner, 'sales', '赵销售')).user.id;

      const a = await customer(owner, '2026-11-02T02:00:00Z', {
        name: '甲',
        sourceChannel: '微信',
        industry: 'IT',
        firstContactDate: '2026-10-20',
      });
      const b = await customer(owner, '2026-11-04T03:00:00Z', {
        name: '乙',
        sourceChannel: '知乎',
        industry: '制造业',
      });
      const c = await customer(owner, '2026-10-25T02:00:00Z', {
        name: '丙',
        sourceChannel: '微信',
        industry: 'IT',
      });
      // 04:00 on 6 November in Shanghai, still the 5th in UTC.
      const d = await customer(sales, '2026-11-05T20:00:00Z', {
        name: '丁',
        sourceChannel: '微信',
        industry: 'IT',
      });
      // 01:00 on 1 November in Shanghai.
      const e = await customer(owner, '2026-10-31T17:00:00Z', {
        name: '戊',
        sourceChannel: null,
        industry: null,
      });
      // 00:30 on 1 December in Shanghai: after the period.
      const f = await customer(owner, '2026-11-30T16:30:00Z', { name: '己', sourceChannel: '知乎' });
      const g = await customer(owner, '2026-11-10T02:00:00Z', {
        name: '庚',
        sourceChannel: '朋友推荐',
        industry: 'IT',
      });

      let a1 = await deal(owner, '2026-11-03T02:00:00Z', { customerId: a.id, title: 'A1' });
      a1 = await move(owner, a1, '2026-11-05T02:00:00Z', { stage: 'intent' });
      a1 = await move(owner, a1, '2026-11-10T02:00:00Z', { stage: 'proposal', expectedAmount: 100_000 });
      await move(owner, a1, '2026-11-20T02:00:00Z', { stage: 'won', closedDate: '2026-11-20' });

      let b1 = await deal(owner, '2026-11-04T03:00:00Z', { customerId: b.id, title: 'B1' });
      b1 = await move(owner, b1, '2026-11-08T03:00:00Z', { stage: 'proposal', expectedAmount: 50_000 });
      await move(owner, b1, '2026-11-12T03:00:00Z', {
        stage: 'lost',
        lossReason: '价格偏高',
        closedDate: '2026-11-12',
      });
      // Created in negotiation, won, then reopened: it no longer counts as won.
      let b2 = await deal(owner, '2026-11-06T03:00:00Z', {
        customerId: b.id,
        title: 'B2',
        stage: 'negotiation',
        expectedAmount: 200_000,
      });
      b2 = await move(owner, b2, '2026-11-16T03:00:00Z', { stage: 'won', closedDate: '2026-11-16' });
      await move(owner, b2, '2026-11-18T03:00:00Z', { stage: 'negotiation' });
      // Lost as it was entered: it entered the funnel at the top and went no further.
      await deal(owner, '2026-11-20T02:00:00Z', {
        customerId: b.id,
        title: 'I1',
        stage: 'lost',
        lossReason: 'budget',
        closedDate: '2026-11-20',
      });

      // Created in October: not in the funnel's cohort, but C's first won deal closes in November.
      await deal(owner, '2026-10-26T02:00:00Z', {
        customerId: c.id,
        title: 'C1',
        stage: 'won',
        actualAmount: 30_000,
        closedDate: '2026-11-07',
      });

      const d1 = await deal(sales, '2026-11-07T02:00:00Z', { customerId: d.id, title: 'D1' });
      await move(sales, d1, '2026-11-15T02:00:00Z', {
        stage: 'won',
        actualAmount: 80_000,
        closedDate: '2026-11-15',
      });

      // 01:30 on 1 November in Shanghai: in the cohort.
      const e1 = await deal(owner, '2026-10-31T17:30:00Z', { customerId: e.id, title: 'E1' });
      await move(owner, e1, '2026-11-25T02:00:00Z', {
        stage: 'won',
        actualAmount: 10_000,
        closedDate: '2026-11-25',
      });

      // 00:40 on 1 December in Shanghai: not in the cohort.
      await deal(owner, '2026-11-30T16:40:00Z', { customerId: f.id, title: 'F1' });

      // Won with a closed date after today: not bought yet for the channels and the methods.
      const g1 = await deal(owner, '2026-11-10T02:00:00Z', { customerId: g.id, title: 'G1' });
      await move(owner, g1, '2026-11-28T02:00:00Z', {
        stage: 'won',
        actualAmount: 5_000,
        closedDate: '2026-12-20',
      });

      at(REPORT_AT);
      await logFollowUp(owner, a.id, '2026-10-31T15:00:00Z', { method: '电话' }); // 31 October in Shanghai: outside
      await logFollowUp(owner, a.id, '2026-11-03T02:00:00Z', { method: '电话' });
      await logFollowUp(owner, a.id, '2026-11-12T02:00:00Z', { method: '微信' });
      await logFollowUp(owner, a.id, '2026-11-18T02:00:00Z', { method: 'phone' });
      await logFollowUp(owner, b.id, '2026-11-05T02:00:00Z', { method: '电话' });
      await logFollowUp(owner, c.id, '2026-11-10T02:00:00Z', { method: '面谈/拜访' });
      await logFollowUp(owner, g.id, '2026-11-11T02:00:00Z', { method: '电话' });
      await logFollowUp(owner, g.id, '2026-11-30T16:30:00Z', { method: '电话' }); // 1 December in Shanghai: outside
      await logFollowUp(sales, d.id, '2026-11-08T01:00:00Z', { method: '电话' });
      await logFollowUp(sales, d.id, '2026-11-15T17:00:00Z', { method: '微信' }); // the 16th in Shanghai, after D1 was won
      setClockOffset(0);
    }, 30_000);

    it('funnel: the deals created in the period, stage by stage, with days in each stage and losses', async () => {
      const funnel = await report(owner, 'funnel');
      // Cohort: A1 B1 B2 I1 D1 E1 G1. Furthest stage: A1 D1 E1 G1 won; B2 negotiation (reopened); B1 proposal; I1 lead.
      expect({ ...funnel, stages: funnel.stages.map(stageFigures) }).toEqual({
        period,
        subject: { userId: null, name: null },
        pipeline: { id: expect.any(String), name: '销售流程' },
        cohort: 7,
        stages: [
          // Days in lead: A1 2, B1 4, D1 8, G1 18, E1 24 (from 1 November, its Shanghai day).
          ['lead', '线索', 'open', 7, 1, null, 8],
          ['intent', '意向', 'open', 6, 6 / 7, 6 / 7, 5],
          // Days in proposal: A1 10, B1 4.
          ['proposal', '方案', 'open', 6, 6 / 7, 1, 7],
          // B2 left negotiation once (10 days) and is back in it.
          ['negotiation', '谈判', 'open', 5, 5 / 7, 5 / 6, 10],
          // B2 was won for 2 days before it was reopened.
          ['won', '成交', 'won', 4, 4 / 7, 0.8, 2],
        ],
        lost: {
          count: 2,
          reasons: [
            { key: 'price', label: '价格偏高', count: 1 },
            { key: 'budget', label: '预算不足', count: 1 },
          ],
        },
      });

      // The cohort, counted directly: deals created between the Shanghai midnights.
      const direct = await sql<{ n: number | string }>`select count(*) as n from deals
        where created_at >= ${'2026-10-31T16:00:00.000Z'} and created_at < ${'2026-11-30T16:00:00.000Z'}
        and deleted_at is null`.execute(t().database.db);
      expect(Number(direct.rows[0]?.n)).toBe(funnel.cohort);

      // A sales member sees their own customers' deals only; the owner asking for that member sees the same.
      const onlyD1 = (r: TFunnelReport) => ({ ...r, stages: r.stages.map(stageFigures) });
      const expected = {
        cohort: 1,
        stages: [
          ['lead', '线索', 'open', 1, 1, null, 8],
          ['intent', '意向', 'open', 1, 1, 1, null],
          ['proposal', '方案', 'open', 1, 1, 1, null],
          ['negotiation', '谈判', 'open', 1, 1, 1, null],
          ['won', '成交', 'won', 1, 1, 1, null],
        ],
        lost: { count: 0, reasons: [] },
      };
      expect(onlyD1(await report(sales, 'funnel'))).toMatchObject({
        ...expected,
        subject: { userId: null, name: null },
      });
      expect(onlyD1(await report(owner, 'funnel', `${NOVEMBER}&userId=${salesId}`))).toMatchObject({
        ...expected,
        subject: { userId: salesId, name: '李销售' },
      });
      expect((await owner.get(`/api/v1/analytics/funnel?pipelineId=${otherId}`)).statusCode).toBe(404);
    });

    it('source channels: customers created in the period by channel, and how many bought', async () => {
      const channels = await report(owner, 'source-channels');
      // A and D (微信) both won; B (知乎) only won a deal that was reopened; G's won date is after today; E has no channel.
      expect(channels).toEqual({
        period,
        subject: { userId: null, name: null },
        rows: [
          { key: 'wechat', label: '微信', count: 2, won: 2, conversionRate: 1 },
          { key: 'friend', label: '朋友推荐', count: 1, won: 0, conversionRate: 0 },
          { key: null, label: '未知', count: 1, won: 1, conversionRate: 1 },
          { key: 'zhihu', label: '知乎', count: 1, won: 0, conversionRate: 0 },
        ],
        totals: { count: 5, won: 3, conversionRate: 0.6 },
      });
      const direct = await t()
        .database.db.selectFrom('customers')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('created_at', '>=', '2026-10-31T16:00:00.000Z')
        .where('created_at', '<', '2026-11-30T16:00:00.000Z')
        .where('source_channel', '=', 'wechat')
        .executeTakeFirstOrThrow();
      expect(Number(direct.n)).toBe(channels.rows[0].count);

      const mine = await report(sales, 'source-channels');
      expect(mine.rows).toEqual([{ key: 'wechat', label: '微信', count: 1, won: 1, conversionRate: 1 }]);
      expect(mine.totals).toEqual({ count: 1, won: 1, conversionRate: 1 });
    });

    it('methods: follow-ups by method, and the deals closed after a follow-up that way within 30 days', async () => {
      const methods = await report(owner, 'methods');
      expect({ ...methods, rows: methods.rows.map(methodFigures) }).toEqual({
        period,
        subject: { userId: null, name: null },
        windowDays: 30,
        rows: [
          // Calls to A B D G. Closed in November after a call: A1 (won 20th, A called 3rd and 18th), B1 and I1 (lost,
          // B called 5th), D1 (won 15th, D called 8th); C1 had no call, G1 closes in December, B2 was reopened.
          ['phone', '电话', 5, 4, 2, 0.4, 0.5],
          // A on the 12th then A1 won; D's message on the 16th came after D1 was won on the 15th.
          ['wechat', '微信', 2, 1, 1, 0.5, 1],
          // C was visited on the 10th, after C1 was won on the 7th.
          ['visit', '面谈/拜访', 1, 0, 0, 0, null],
        ],
      });
      const direct = await t()
        .database.db.selectFrom('follow_ups')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('method', '=', 'phone')
        .where('day', '>=', '2026-11-01')
        .where('day', '<=', '2026-11-30')
        .executeTakeFirstOrThrow();
      expect(Number(direct.n)).toBe(methods.rows[0].followUps);

      // A sales member: D only. Equal counts go by label (微 before 电 in code points).
      const own = await report(sales, 'methods');
      expect(own.rows.map(methodFigures)).toEqual([
        ['wechat', '微信', 1, 0, 0, 0, null],
        ['phone', '电话', 1, 1, 1, 1, 1],
      ]);
      // The owner's own follow-ups: A B G by phone (A1 won, B1 I1 lost; D's call was the member's), A by WeChat,
      // C visited.
      const owners = await report(owner, 'methods', `${NOVEMBER}&userId=me`);
      expect(owners.subject).toEqual({ userId: expect.any(String), name: '王芳' });
      expect(owners.rows.map(methodFigures)).toEqual([
        ['phone', '电话', 4, 3, 1, 0.25, 1 / 3],
        ['wechat', '微信', 1, 1, 1, 1, 1],
        ['visit', '面谈/拜访', 1, 0, 0, 0, null],
      ]);
    });

    it('sales cycle: days from first contact to the first won deal, by industry', async () => {
      const cycle = await report(owner, 'sales-cycle');
      // IT: A 20 Oct → 20 Nov 31, C entered 25 Oct → 7 Nov 13, D entered 6 Nov (Shanghai) → 15 Nov 9.
      // No industry: E entered 1 Nov (Shanghai) → 25 Nov 24. B's only won deal was reopened; G's closes in December.
      expect(cycle).toEqual({
        period,
        subject: { userId: null, name: null },
        rows: [
          {
            key: 'it',
            label: '信息技术服务',
            customers: 3,
            averageDays: 17.7,
            medianDays: 13,
            minDays: 9,
            maxDays: 31,
          },
          {
            key: null,
            label: '未知',
            customers: 1,
            averageDays: 24,
            medianDays: 24,
            minDays: 24,
            maxDays: 24,
          },
        ],
        totals: { customers: 4, averageDays: 19.3, medianDays: 18.5, minDays: 9, maxDays: 31 },
      });
      const mine = await report(sales, 'sales-cycle');
      expect(mine.rows).toEqual([
        {
          key: 'it',
          label: '信息技术服务',
          customers: 1,
          averageDays: 9,
          medianDays: 9,
          minDays: 9,
          maxDays: 9,
        },
      ]);
      const october = await report(owner, 'sales-cycle', 'period=custom&from=2026-10-01&to=2026-10-31');
      expect(october.rows).toEqual([]);
      expect(october.totals).toEqual({
        customers: 0,
        averageDays: null,
        medianDays: null,
        minDays: null,
        maxDays: null,
      });
    });

    it("refuses another member's numbers to a sales member and a period that ends before it starts", async () => {
      for (const name of ['funnel', 'source-channels', 'methods', 'sales-cycle']) {
        const forbidden = await sales.get(`/api/v1/analytics/${name}?userId=${otherId}`);
        expect(forbidden.statusCode, name).toBe(403);
        const backwards = await owner.get(
          `/api/v1/analytics/${name}?period=custom&from=2026-11-30&to=2026-11-01`,
        );
        expect(backwards.statusCode, name).toBe(400);
        expect(backwards.json().errors).toEqual([
          expect.objectContaining({ path: 'to', code: 'PERIOD_INVALID' }),
        ]);
        // The default period (this month) answers too.
        expect((await sales.get(`/api/v1/analytics/${name}`)).statusCode, name).toBe(200);
      }
    });
  });
}
