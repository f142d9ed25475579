import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { mondayOf } from './weekly-review.service';

const TZ = 'Asia/Shanghai';
const TODAY = todayIn(TZ);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
/** 10:00 in Shanghai on that day. */
const tenOn = (day: string) => `${day}T02:00:00.000Z`;

for (const dialect of DIALECTS) {
  describe(`today and the weekly review (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    const log = (client: Client, customerId: string, extra: Record<string, unknown> = {}) =>
      client.post('/api/v1/follow-ups', { customerId, method: '微信', summary: '沟通了进展', ...extra });

    it('lists due and overdue customers with the reason in words, tasks due, and customers turning dormant', async () => {
      owner = await setupOwner(t().app);
      const overdue = await createCustomer(owner, { grade: 'A', name: '杭州逾期科技有限公司' });
      await log(owner, overdue.id, { at: daysAgo(4) });
      await createCustomer(owner, { grade: 'A', name: '杭州新客户有限公司' });
      const fading = await createCustomer(owner, { grade: 'C', name: '杭州快休眠有限公司' });
      await log(owner, fading.id, { at: daysAgo(27), nextDate: addDays(TODAY, 10) });
      const calm = await createCustomer(owner, { grade: 'C' });
      await log(owner, calm.id, {
        at: daysAgo(2),
        nextActions: [{ text: '把报价单发给客户', dueDate: TODAY }],
      });

      const today = (await owner.get('/api/v1/today')).json();
      expect(today.date).toBe(TODAY);
      expect(today.dueCustomers.map((c: { name: string }) => c.name)).toEqual([
        '杭州逾期科技有限公司',
        '杭州新客户有限公司',
      ]);
      expect(today.dueCustomers[0]).toMatchObject({
        reason: 'A 级 · 每 3 天 · 上次微信 4 天前 · 已逾期 1 天',
        health: 'active',
        phone: expect.stringMatching(/^139\d{8}$/),
      });
      expect(today.dueCustomers[1].reason).toBe('A 级 · 每 3 天 · 还没跟进过 · 今天到期');
      expect(today.counts).toEqual({ overdue: 1, dueToday: 1, tasks: 1 });
      expect(today.tasks.map((x: { title: string }) => x.title)).toEqual(['把报价单发给客户']);
      expect(today.turningDormant.map((c: { id: string }) => c.id)).toEqual([fading.id]);
      expect(today.turningDormant[0].reason).toBe(
        '约定 ' +
          Number(addDays(TODAY, 10).slice(5, 7)) +
          '月' +
          Number(addDays(TODAY, 10).slice(8)) +
          '日 跟进 · 上次微信 27 天前 · 10 天后到期',
      );

      owner.locale = 'en-US';
      const english = (await owner.get('/api/v1/today')).json();
      expect(english.dueCustomers[0].reason).toBe(
        'Grade A · every 3 days · last WeChat 4 days ago · 1 day overdue',
      );
      owner.locale = 'zh-CN';

      // Snoozed to tomorrow, it leaves Today; the next follow-up ends the snooze.
      const snoozed = await owner.post(`/api/v1/customers/${overdue.id}/snooze`, {
        until: addDays(TODAY, 1),
      });
      expect(snoozed.json()).toMatchObject({
        snoozedUntil: addDays(TODAY, 1),
        nextDueDate: addDays(TODAY, 1),
      });
      expect((await owner.get('/api/v1/today')).json().counts.overdue).toBe(0);
      await log(owner, overdue.id);
      const after = (await owner.get(`/api/v1/customers/${overdue.id}`)).json();
      expect(after.nextDueDate).toBe(addDays(TODAY, 3));

      // Sales see their own day only; a manager may look at theirs.
      const sales = await createMember(t().app, owner, 'sales');
      expect(
        (await sales.client.get(`/api/v1/today?userId=${(await owner.get('/api/v1/me')).json().user.id}`))
          .statusCode,
      ).toBe(403);
      const manager = await createMember(t().app, owner, 'manager');
      expect((await manager.client.get(`/api/v1/today?userId=${sales.user.id}`)).statusCode).toBe(200);
    });

    it('filters and sorts the customer list by health and due date from the stored days', async () => {
      const dormant = await createCustomer(owner, { grade: 'B', name: '杭州休眠客户有限公司' });
      await log(owner, dormant.id, { at: daysAgo(40) });
      const ids = async (query: string) =>
        (await owner.get(`/api/v1/customers?${query}&limit=200`))
          .json()
          .items.map((c: { id: string }) => c.id);
      expect(await ids('health=dormant')).toEqual([dormant.id]);
      expect(await ids('health=active')).not.toContain(dormant.id);
      expect(await ids('due=overdue')).toContain(dormant.id);
      const sorted = await ids('sort=nextDueDate');
      expect(sorted[0]).toBe(dormant.id);
      const counts = (await owner.get('/api/v1/customers/counts?by=grade&health=dormant')).json();
      expect(counts.items).toEqual([expect.objectContaining({ key: 'B', count: 1 })]);
    });

    it("judges last week's follow-ups against what was due (跟进及时率), on a hand-computed week", async () => {
      const member = await createMember(t().app, owner, 'sales', '李强');
      const me = member.client;
      const monday = mondayOf(addDays(TODAY, -7));
      const day = (n: number) => addDays(monday, n);
      // Each customer gets its due date in last week from an agreed next date, a month before.
      const dueOn = async (n: number) => {
        const c = await createCustomer(me, { grade: 'C' });
        await log(me, c.id, { at: daysAgo(30), nextDate: day(n) });
        return c;
      };
      const onTime = await dueOn(1); // due Tuesday, called Tuesday
      const late = await dueOn(2); // due Wednesday, called Friday
      await dueOn(3); // due Thursday, never called: missed
      const early = await dueOn(5); // due Saturday, called Thursday
      await log(me, onTime.id, { at: tenOn(day(1)) });
      await log(me, late.id, { at: tenOn(day(4)) });
      await log(me, early.id, {
        at: tenOn(day(3)),
        commitments: [{ text: '客户说周五前给预算', side: 'theirs', dueDate: day(4) }],
      });

      const review = (await me.get('/api/v1/reviews/weekly')).json();
      expect(review).toMatchObject({ from: monday, to: day(6), followUps: 3 });
      expect(review.timeliness).toEqual({ due: 4, onTime: 2, late: 1, missed: 1, rate: 0.5 });
      // Written down today about calls of last week: none within 24 hours.
      expect(review.recordedWithin24h).toBe(0);
      expect(review.brokenPromises.map((x: { title: string }) => x.title)).toEqual(['客户说周五前给预算']);
      expect(review.dormant).toEqual([]);
      // The same week asked by any of its days gives the same answer.
      expect((await me.get(`/api/v1/reviews/weekly?week=${day(6)}`)).json().timeliness.rate).toBe(0.5);
    });

    it('shows late milestones, installments due by today and contracts coming up for renewal', async () => {
      const c = await createCustomer(owner, { name: '温州交付测试有限公司' });
      const created = await owner.post('/api/v1/projects', {
        customerId: c.id,
        name: '数据中台',
        contractAmount: 900_000,
        milestones: [
          { content: '方案评审', plannedDate: addDays(TODAY, -4), delayReason: '客户推迟评审' },
          { content: '上线', plannedDate: addDays(TODAY, 20) },
        ],
        installments: [
          { name: '首付款', amountDue: 300_000, dueDate: addDays(TODAY, -2) },
          { name: '进度款', amountDue: 300_000, dueDate: TODAY },
          { name: '尾款', amountDue: 300_000, dueDate: addDays(TODAY, 30) },
        ],
      });
      expect(created.statusCode, created.body).toBe(201);
      const paid = created.json().installments[1];
      await owner.post(`/api/v1/installments/${paid.id}/payments`, { amount: 300_000, date: TODAY });
      await owner.post('/api/v1/contracts', {
        customerId: c.id,
        title: '维保合同',
        amount: 50_000,
        endDate: addDays(TODAY, 10),
      });
      const delivery = (await owner.get('/api/v1/today')).json().delivery;
      expect(
        delivery.map((d: { date: string; kind: string; title: string }) => [d.date, d.kind, d.title]),
      ).toEqual([
        [addDays(TODAY, -4), 'milestone', '数据中台 · M1 方案评审'],
        [addDays(TODAY, -2), 'installment', '数据中台 · 首付款'],
        [addDays(TODAY, 10), 'contractEnd', expect.stringMatching(/^维保合同 · /)],
      ]);
      // The customer's timeline has the payment received and the contract recorded.
      const timeline = (await owner.get(`/api/v1/customers/${c.id}/timeline?kinds=record`)).json();
      expect(
        timeline.items.map((i: { record: { type: string; title: string } }) => [
          i.record.type,
          i.record.title,
        ]),
      ).toEqual(
        expect.arrayContaining([
          ['payment', '进度款 3,000 元'],
          ['contract', '维保合同'],
        ]),
      );
    });
  });
}
