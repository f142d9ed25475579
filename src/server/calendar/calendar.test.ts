import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

const TODAY = todayIn('Asia/Shanghai');

for (const dialect of DIALECTS) {
  describe(`calendar and its ICS feed (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    it('shows customers falling due and tasks by day, and serves them as a private, revocable ICS feed', async () => {
      owner = await setupOwner(t().app);
      const c = await createCustomer(owner, { name: '杭州日历科技有限公司' });
      await owner.post('/api/v1/follow-ups', {
        customerId: c.id,
        method: '电话',
        summary: '约了下周见面',
        nextDate: addDays(TODAY, 5),
        nextActions: [{ text: '打印合同两份', dueDate: addDays(TODAY, 4) }],
      });
      const month = (await owner.get(`/api/v1/calendar?from=${TODAY}&to=${addDays(TODAY, 30)}`)).json();
      expect(
        month.events.map((e: { date: string; kind: string; title: string }) => [e.date, e.kind, e.title]),
      ).toEqual([
        [addDays(TODAY, 4), 'task', '打印合同两份'],
        [addDays(TODAY, 5), 'followUpDue', '杭州日历科技有限公司'],
      ]);
      expect((await owner.get(`/api/v1/calendar?from=${TODAY}&to=${addDays(TODAY, 90)}`)).statusCode).toBe(
        400,
      );

      expect((await owner.get('/api/v1/calendar/feed')).json()).toEqual({ active: false, url: null });
      const { url } = (await owner.post('/api/v1/calendar/feed')).json();
      const path = new URL(url).pathname + new URL(url).search;
      const ics = await t().app.inject({ method: 'GET', url: path });
      expect(ics.statusCode).toBe(200);
      expect(ics.headers['content-type']).toContain('text/calendar');
      const compact = addDays(TODAY, 5).replaceAll('-', '');
      expect(ics.body).toContain('BEGIN:VEVENT');
      expect(ics.body).toContain(`DTSTART;VALUE=DATE:${compact}`);
      expect(ics.body).toContain('跟进：杭州日历科技有限公司');
      expect(ics.body).toContain('待办：打印合同两份');

      // Made again, the old URL stops working; revoked, none works.
      const second = (await owner.post('/api/v1/calendar/feed')).json().url;
      expect((await t().app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
      expect((await owner.delete('/api/v1/calendar/feed')).statusCode).toBe(204);
      const secondPath = new URL(second).pathname + new URL(second).search;
      expect((await t().app.inject({ method: 'GET', url: secondPath })).statusCode).toBe(404);
    });

    it("masks what a service member may not see in their own calendar, and keeps others' days to managers", async () => {
      const service = await createMember(t().app, owner, 'service');
      const sales = await createMember(t().app, owner, 'sales');
      await service.client.post('/api/v1/tasks', { title: '回访客户 13912345678', dueDate: TODAY });
      const events = (await service.client.get(`/api/v1/calendar?from=${TODAY}&to=${TODAY}`)).json().events;
      expect(events[0].title).toBe('回访客户 139****5678');
      expect(
        (await sales.client.get(`/api/v1/calendar?from=${TODAY}&to=${TODAY}&userId=${service.user.id}`))
          .statusCode,
      ).toBe(403);
    });

    it("shows the member's milestones, installments falling due and their customers' contract ends", async () => {
      const c = await createCustomer(owner, { name: '宁波交付科技有限公司' });
      const project = await owner.post('/api/v1/projects', {
        customerId: c.id,
        name: '门店系统上线',
        contractAmount: 300_000,
        milestones: [{ content: '需求确认', plannedDate: addDays(TODAY, 3) }],
        installments: [
          { name: '首付款', amountDue: 100_000, dueDate: addDays(TODAY, 2) },
          { name: '尾款', amountDue: 200_000, milestoneSeq: 1 },
        ],
      });
      expect(project.statusCode, project.body).toBe(201);
      const contract = await owner.post('/api/v1/contracts', {
        customerId: c.id,
        title: '年度服务合同',
        amount: 300_000,
        startDate: addDays(TODAY, -300),
        endDate: addDays(TODAY, 6),
      });
      expect(contract.statusCode, contract.body).toBe(201);
      const events = (await owner.get(`/api/v1/calendar?from=${TODAY}&to=${addDays(TODAY, 10)}`)).json()
        .events;
      const mine = events.filter((e: { kind: string }) =>
        ['milestone', 'installment', 'contractEnd'].includes(e.kind),
      );
      expect(
        mine.map((e: { date: string; kind: string; title: string }) => [e.date, e.kind, e.title]),
      ).toEqual([
        [addDays(TODAY, 2), 'installment', '门店系统上线 · 首付款'],
        [addDays(TODAY, 3), 'milestone', '门店系统上线 · M1 需求确认'],
        [addDays(TODAY, 6), 'contractEnd', `年度服务合同 · ${contract.json().number}`],
      ]);
      // The installment bound to M1 has no day until M1 is done.
      const sales = await createMember(t().app, owner, 'sales');
      const theirs = (
        await sales.client.get(`/api/v1/calendar?from=${TODAY}&to=${addDays(TODAY, 10)}`)
      ).json();
      expect(theirs.events).toEqual([]);
    });
  });
}
