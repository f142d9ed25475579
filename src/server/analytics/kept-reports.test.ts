import { sql } from 'kysely';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { at, createProject, logFollowUp, receivePayment } from '../../../test/analytics-builders';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { setClockOffset } from '../clock';
import { monthsOf } from './months';
import { warmKeptMonths } from './warm-months';

// The funnel, methods, the dashboard's figures, the leaderboard, channels, cycle, repurchase and order value keep their closed months
// (analytics_months) like health and churn; the triggers of 2026_12_01_140000 drop a month for the reports a change
// reaches, and only those.

const NOVEMBER = 'period=custom&from=2026-11-01&to=2026-11-30';
const TODAY = '2026-12-01T02:00:00Z';
/** The reports this data set keeps months of when read (churn too, once the job has run). */
const KEPT = 'channels cycle figures funnel health leaderboard methods order-value repurchase'.split(' ');

type Deal = { id: string; version: number };

for (const dialect of DIALECTS) {
  describe(`kept months of the reports that add up by month (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;
    let customerId: string;
    let won: Deal;
    let lost: Deal;
    let installment: { id: string };
    let memberId: string;

    afterEach(() => setClockOffset(0));

    const send = async (method: 'post' | 'patch' | 'delete', url: string, body?: Record<string, unknown>) => {
      const response = method === 'delete' ? await owner.delete(url) : await owner[method](url, body);
      expect(response.statusCode, response.body).toBeLessThan(300);
      return response.statusCode === 204 ? null : response.json();
    };
    const figures = async () => {
      at(TODAY);
      const read = async (name: string) => {
        const response = await owner.get(`/api/v1/analytics/${name}?${NOVEMBER}`);
        expect(response.statusCode, response.body).toBe(200);
        return response.json();
      };
      return {
        funnel: await read('funnel'),
        methods: await read('methods'),
        health: await read('health'),
        figures: await read('dashboard'),
        leaderboard: await read('leaderboard'),
        channels: await read('source-channels'),
        cycle: await read('sales-cycle'),
        repurchase: await read('repurchase'),
        'order-value': await read('order-value'),
      };
    };
    const keptReports = async () => {
      const { rows } = await sql<{ report: string }>`select distinct report from analytics_months
        where figures <> 'pending' order by report`.execute(t().database.db);
      return rows.map((row) => row.report);
    };
    const afresh = async () => {
      await t().database.db.deleteFrom('analytics_months').execute();
      return figures();
    };

    beforeAll(async () => {
      owner = await setupOwner(t().app);
      at('2026-11-02T02:00:00Z');
      customerId = (await createCustomer(owner, { name: '甲' })).id;
      await logFollowUp(owner, customerId, '2026-11-03T02:00:00Z');
      at('2026-11-05T02:00:00Z');
      won = await send('post', '/api/v1/deals', { customerId, title: '年度顾问' });
      at('2026-11-20T02:00:00Z');
      won = await send('patch', `/api/v1/deals/${won.id}`, {
        version: won.version,
        stage: 'won',
        closedDate: '2026-11-20',
      });
      at('2026-11-06T02:00:00Z');
      lost = await send('post', '/api/v1/deals', { customerId, title: '培训', stage: 'intent' });
      const project = await createProject(owner, {
        customerId,
        name: '年度顾问项目',
        contractAmount: 100_000,
        installments: [{ name: '首付款', amountDue: 100_000, dueDate: '2026-11-25' }],
      });
      installment = project.installments[0];
      memberId = (await createMember(t().app, owner, 'sales', '李销售')).user.id;
    });

    it('keeps November until a change reaches it, then counts it afresh', async () => {
      // [what happens, how, the reports whose November it drops, those of them whose figures it changes]
      const changes: [string, () => Promise<unknown>, string[], string[]][] = [
        [
          'a visit logged for 15 November',
          () => logFollowUp(owner, customerId, '2026-11-15T02:00:00Z', { method: '面谈/拜访' }),
          ['methods', 'health', 'figures', 'leaderboard'],
          // Health's November stays "active" (a follow-up on 3 November already).
          ['methods', 'figures', 'leaderboard'],
        ],
        [
          'a payment received on 25 November',
          () => receivePayment(owner, installment, 30_000, '2026-11-25'),
          ['figures', 'leaderboard'],
          ['figures', 'leaderboard'],
        ],
        [
          'the won amount corrected',
          async () => {
            at(TODAY);
            won = await send('patch', `/api/v1/deals/${won.id}`, {
              version: won.version,
              actualAmount: 90_000,
            });
          },
          ['methods', 'figures', 'leaderboard', 'repurchase', 'order-value'],
          // Methods and repurchase count deals, not their amounts.
          ['figures', 'leaderboard', 'order-value'],
        ],
        [
          'the customer moved to another industry and channel',
          async () => {
            at(TODAY);
            const current = (await owner.get(`/api/v1/customers/${customerId}`)).json();
            await send('patch', `/api/v1/customers/${customerId}`, {
              version: current.version,
              industry: '制造业',
              sourceChannel: '知乎',
            });
          },
          ['cycle', 'channels'],
          ['cycle', 'channels'],
        ],
        [
          'the customer handed over',
          () =>
            send('post', '/api/v1/customers/bulk', { ids: [customerId], action: 'assign', value: memberId }),
          ['leaderboard'],
          ['leaderboard'],
        ],
        [
          'a November deal lost today',
          async () => {
            at(TODAY);
            lost = await send('patch', `/api/v1/deals/${lost.id}`, {
              version: lost.version,
              stage: 'lost',
              lossReason: '价格偏高',
              closedDate: '2026-12-01',
            });
          },
          ['funnel'],
          ['funnel'],
        ],
        [
          'the won deal reopened today',
          async () => {
            at(TODAY);
            won = await send('patch', `/api/v1/deals/${won.id}`, {
              version: won.version,
              stage: 'negotiation',
              expectedAmount: 80_000,
            });
          },
          ['funnel', 'methods', 'figures', 'leaderboard', 'repurchase', 'cycle', 'channels', 'order-value'],
          ['funnel', 'methods', 'figures', 'leaderboard', 'repurchase', 'cycle', 'channels', 'order-value'],
        ],
        [
          'a November deal to the recycle bin',
          () => send('delete', `/api/v1/deals/${lost.id}`),
          ['funnel'],
          ['funnel'],
        ],
      ];
      for (const [change, make, dropped, changed] of changes) {
        const before = await figures();
        expect(await keptReports(), change).toEqual(KEPT);
        await make();
        expect(await keptReports(), change).toEqual(KEPT.filter((name) => !dropped.includes(name)));
        const after = await figures();
        for (const name of Object.keys(before) as (keyof typeof before)[])
          if (changed.includes(name)) expect(after[name], `${change}: ${name}`).not.toEqual(before[name]);
          else expect(after[name], `${change}: ${name}`).toEqual(before[name]);
        expect(after, change).toEqual(await afresh());
      }
    });

    it('leaves the other reports kept when a deal moves', async () => {
      await figures();
      // A day into December: an instant within a day of a month's edge drops that month too (any time zone).
      at('2026-12-02T02:00:00Z');
      const open = await send('post', '/api/v1/deals', { customerId, title: '续约' });
      await send('patch', `/api/v1/deals/${open.id}`, {
        version: open.version,
        stage: 'proposal',
        expectedAmount: 80_000,
      });
      expect(await keptReports()).toEqual(KEPT);
    });

    it("counts a kept month's customer as bought once a won date typed ahead has come", async () => {
      at('2026-11-08T02:00:00Z');
      const later = await createCustomer(owner, { name: '乙', sourceChannel: '朋友推荐' });
      at(TODAY);
      await send('post', '/api/v1/deals', {
        customerId: later.id,
        title: '明年合同',
        stage: 'won',
        expectedAmount: 50_000,
        closedDate: '2026-12-10',
      });
      const friends = async (when: string) => {
        at(when);
        const response = await owner.get(`/api/v1/analytics/source-channels?${NOVEMBER}`);
        return response.json().rows.find((row: { label: string }) => row.label === '朋友推荐');
      };
      expect(await friends(TODAY)).toMatchObject({ count: 1, won: 0 });
      expect(await keptReports()).toContain('channels');
      // Kept, and no trigger fires when the day comes: the kept month says when.
      expect(await friends('2026-12-11T02:00:00Z')).toMatchObject({ count: 1, won: 1 });
      expect(await keptReports()).toContain('channels');
      await t().database.db.deleteFrom('analytics_months').execute();
      expect(await friends('2026-12-11T02:00:00Z')).toMatchObject({ count: 1, won: 1 });
    });

    it('counts the last twelve closed months of every kept report ahead, as the owner reads them', async () => {
      const db = t().database.db;
      await db.deleteFrom('analytics_months').execute();
      at(TODAY);
      expect(await warmKeptMonths(db)).toEqual({ workspaces: 1 });
      const { rows } = await sql<{ report: string; month: string }>`select report, month from analytics_months
        where figures <> 'pending' order by month`.execute(db);
      const months = monthsOf({ from: '2025-12-01', to: '2026-11-30' }).map((span) => span.month);
      const reports = [...KEPT, 'churn'].sort();
      expect([...new Set(rows.map((row) => row.report))].sort()).toEqual(reports);
      for (const name of reports)
        expect(rows.filter((row) => row.report === name).map((row) => row.month)).toEqual(months);
      const year = (await owner.get('/api/v1/analytics/funnel?period=year')).json();
      await db.deleteFrom('analytics_months').execute();
      expect((await owner.get('/api/v1/analytics/funnel?period=year')).json()).toEqual(year);
    });

    it("counts a sales member's timeliness afresh when a follow-up entered late answers an agreed date", async () => {
      const member = await createMember(t().app, owner, 'sales', '王销售');
      at('2026-11-02T02:00:00Z');
      const theirs = await createCustomer(member.client, { name: '丁' });
      await logFollowUp(member.client, theirs.id, '2026-11-03T02:00:00Z', { nextDate: '2026-11-10' });
      const timeliness = async () => {
        at(TODAY);
        const response = await member.client.get(`/api/v1/analytics/dashboard?${NOVEMBER}`);
        expect(response.statusCode, response.body).toBe(200);
        return response.json().timeliness.current;
      };
      // 10 November agreed and not answered: still waiting, so late.
      expect(await timeliness()).toEqual({ onTime: 0, due: 1, rate: 0 });
      // Answered on the 9th, entered afterwards.
      await logFollowUp(member.client, theirs.id, '2026-11-09T02:00:00Z', { nextDate: '2026-12-20' });
      const answered = await timeliness();
      expect(answered).toEqual({ onTime: 1, due: 1, rate: 1 });
      // Today's follow-up answers 20 December: November stays as it was.
      await logFollowUp(member.client, theirs.id, TODAY);
      expect(await timeliness()).toEqual(answered);
    });
  });
}
