import { describe, expect, it } from 'vitest';
import { todayIn } from '../../domain/dates';
import { addDays } from '../../domain/cadence';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

const TODAY = todayIn('Asia/Shanghai');

for (const dialect of DIALECTS) {
  describe(`follow-ups (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    const customerOf = async (client: Client, id: string) =>
      (await client.get(`/api/v1/customers/${id}`)).json();

    it('logs a follow-up with a G number, and the customer learns its last follow-up and next due date', async () => {
      owner = await setupOwner(t().app);
      const c = await createCustomer(owner, { assessment: { intent: 5, budgetFit: 5, feasibility: 4 } });
      const fresh = await customerOf(owner, c.id);
      // Grade B (score 56) → every 7 days; never followed up → due the day it was created.
      expect(fresh).toMatchObject({ grade: 'B', cadenceDays: 7, nextDueDate: TODAY, lastFollowUpAt: null });

      const at = new Date(Date.now() - 2 * 86_400_000).toISOString();
      const created = await owner.post('/api/v1/follow-ups', {
        customerId: c.id,
        at,
        method: '微信',
        kind: '需求确认',
        contactId: c.contacts[0]!.id,
        summary: '确认了需求，客户希望下周看方案',
        attitude: 'positive',
        commitments: [{ text: '周五前发方案', side: 'ours', dueDate: addDays(TODAY, 3) }],
        nextActions: [{ text: '准备报价单', dueDate: addDays(TODAY, 2) }],
      });
      expect(created.statusCode).toBe(201);
      const f = created.json();
      expect(f.number).toMatch(/^G\d{8}\d{3}$/);
      expect(f).toMatchObject({
        method: { key: 'wechat', label: '微信' },
        kind: { key: 'needs', label: '需求确认' },
        contact: { id: c.contacts[0]!.id },
        user: { name: '王芳' },
        commitments: [{ text: '周五前发方案', side: 'ours', done: false }],
      });
      const after = await customerOf(owner, c.id);
      const day = todayIn('Asia/Shanghai', new Date(at));
      expect(after).toMatchObject({
        lastFollowUpAt: new Date(at).toISOString(),
        lastFollowUpMethod: { key: 'wechat', label: '微信' },
        nextFollowUpDate: null,
        nextDueDate: addDays(day, 7),
      });
    });

    it('lets an explicit next date win, and falls back when that follow-up is deleted', async () => {
      const c = await createCustomer(owner, { grade: 'A' });
      const first = (
        await owner.post('/api/v1/follow-ups', { customerId: c.id, method: '电话', summary: '首次电话沟通' })
      ).json();
      expect((await customerOf(owner, c.id)).nextDueDate).toBe(addDays(TODAY, 3));
      const later = new Date(Date.now() + 60_000).toISOString();
      const second = (
        await owner.post('/api/v1/follow-ups', {
          customerId: c.id,
          at: later,
          method: 'phone',
          summary: '客户出差，约好下月再谈',
          nextDate: addDays(TODAY, 30),
        })
      ).json();
      expect(await customerOf(owner, c.id)).toMatchObject({
        nextFollowUpDate: addDays(TODAY, 30),
        nextDueDate: addDays(TODAY, 30),
      });
      expect((await owner.delete(`/api/v1/follow-ups/${second.id}`)).statusCode).toBe(204);
      expect(await customerOf(owner, c.id)).toMatchObject({
        nextFollowUpDate: null,
        nextDueDate: addDays(TODAY, 3),
        lastFollowUpAt: first.at,
      });
      const bin = (await owner.get('/api/v1/recycle-bin')).json().items;
      expect(bin).toContainEqual(expect.objectContaining({ type: 'followUp', id: second.id }));
      expect((await owner.post(`/api/v1/recycle-bin/followUp/${second.id}/restore`)).statusCode).toBe(204);
      expect((await customerOf(owner, c.id)).nextDueDate).toBe(addDays(TODAY, 30));
      // With no follow-up left, the customer is as never followed up: due from the day it was created.
      await owner.delete(`/api/v1/follow-ups/${second.id}`);
      await owner.delete(`/api/v1/follow-ups/${first.id}`);
      expect(await customerOf(owner, c.id)).toMatchObject({
        lastFollowUpAt: null,
        lastFollowUpMethod: null,
        nextFollowUpDate: null,
        nextDueDate: TODAY,
      });
    });

    it('moves the due date when the grade or a tag changes the cadence', async () => {
      const c = await createCustomer(owner, { grade: 'C' });
      await owner.post('/api/v1/follow-ups', { customerId: c.id, method: '电话', summary: '例行回访' });
      expect((await customerOf(owner, c.id)).nextDueDate).toBe(addDays(TODAY, 14));
      const edited = await owner.patch(`/api/v1/customers/${c.id}`, {
        tags: ['重点潜在客户'],
        version: c.version,
      });
      expect(edited.json()).toMatchObject({ cadenceDays: 7, nextDueDate: addDays(TODAY, 7) });
      await owner.post('/api/v1/customers/bulk', { ids: [c.id], action: 'removeTag', value: '重点潜在客户' });
      expect((await customerOf(owner, c.id)).cadenceDays).toBe(14);
      const ws = (await owner.get('/api/v1/workspace')).json();
      const changed = await owner.patch('/api/v1/workspace', {
        settings: { cadence: [{ grade: 'C', days: 2 }] },
        version: ws.version,
      });
      expect(changed.statusCode).toBe(200);
      expect(await customerOf(owner, c.id)).toMatchObject({ cadenceDays: 2, nextDueDate: addDays(TODAY, 2) });
    });

    it('refuses a stale edit with the current record, and reports each bad field', async () => {
      const c = await createCustomer(owner);
      const other = await createCustomer(owner);
      const f = (
        await owner.post('/api/v1/follow-ups', { customerId: c.id, method: '邮件', summary: '发了资料' })
      ).json();
      expect(
        (await owner.patch(`/api/v1/follow-ups/${f.id}`, { summary: '发了资料和报价', version: f.version }))
          .statusCode,
      ).toBe(200);
      const stale = await owner.patch(`/api/v1/follow-ups/${f.id}`, {
        summary: '另一个人的改动',
        version: f.version,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().current.summary).toBe('发了资料和报价');

      const bad = await owner.post('/api/v1/follow-ups', {
        customerId: c.id,
        method: '飞鸽传书',
        contactId: other.contacts[0]!.id,
        summary: '  ',
        nextActions: [{ text: '回电', assigneeId: 'nobody' }],
      });
      expect(bad.statusCode).toBe(400);
      const paths = bad.json().errors.map((x: { path: string }) => x.path);
      expect(paths).toContain('summary');
      const second = await owner.post('/api/v1/follow-ups', {
        customerId: c.id,
        method: '飞鸽传书',
        contactId: other.contacts[0]!.id,
        summary: '回访',
        nextActions: [{ text: '回电', assigneeId: 'nobody' }],
      });
      expect(second.json().errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: 'method', code: 'UNKNOWN_DICTIONARY_VALUE' }),
          expect.objectContaining({ path: 'contactId', code: 'CONTACT_NOT_OF_CUSTOMER' }),
          expect.objectContaining({ path: 'nextActions.0.assigneeId', code: 'MEMBER_INVALID' }),
        ]),
      );
      const list = (await owner.get(`/api/v1/follow-ups?customerId=${c.id}`)).json();
      expect(list.items).toHaveLength(1);
    });

    it('keeps sales to their own customers and service to after-sales visits, masked', async () => {
      const sales = await createMember(t().app, owner, 'sales');
      const service = await createMember(t().app, owner, 'service');
      const others = await createCustomer(owner);
      const mine = await createCustomer(sales.client);
      expect(
        (
          await sales.client.post('/api/v1/follow-ups', {
            customerId: others.id,
            method: '电话',
            summary: 'x',
          })
        ).json().errors,
      ).toEqual([expect.objectContaining({ path: 'customerId', code: 'NOT_FOUND' })]);
      const logged = await sales.client.post('/api/v1/follow-ups', {
        customerId: mine.id,
        method: '电话',
        summary: '客户换了新号码 13912345678，以后打这个',
      });
      expect(logged.statusCode).toBe(201);

      const refused = await service.client.post('/api/v1/follow-ups', {
        customerId: mine.id,
        method: '电话',
        summary: '回访',
      });
      expect(refused.json().errors).toEqual([
        expect.objectContaining({ path: 'kind', code: 'SERVICE_AFTER_SALES_ONLY' }),
      ]);
      const visit = await service.client.post('/api/v1/follow-ups', {
        customerId: mine.id,
        method: '电话',
        kind: '售后回访',
        summary: '回访满意',
      });
      expect(visit.statusCode).toBe(201);
      const seen = (await service.client.get(`/api/v1/follow-ups?customerId=${mine.id}`)).json().items;
      expect(seen.map((x: { summary: string }) => x.summary)).toEqual([
        '回访满意',
        '客户换了新号码 139****5678，以后打这个',
      ]);
      expect((await service.client.delete(`/api/v1/follow-ups/${logged.json().id}`)).statusCode).toBe(403);
      // Deleted, the same text is masked in the recycle bin too.
      await sales.client.delete(`/api/v1/follow-ups/${logged.json().id}`);
      const bin = (await service.client.get('/api/v1/recycle-bin')).json().items;
      const entry = bin.find((x: { id: string }) => x.id === logged.json().id);
      expect(entry.title).toContain('139****5678');
    });

    it("shows the customer's follow-ups and changes on one timeline, newest first, page by page", async () => {
      const c = await createCustomer(owner);
      const f = (
        await owner.post('/api/v1/follow-ups', { customerId: c.id, method: '电话', summary: '初次沟通' })
      ).json();
      await owner.patch(`/api/v1/customers/${c.id}`, { city: '宁波', version: c.version });
      const all = (await owner.get(`/api/v1/customers/${c.id}/timeline`)).json();
      expect(all.items.map((i: { kind: string }) => i.kind)).toEqual(['change', 'followUp', 'change']);
      expect(all.items[0].change.action).toBe('update');
      expect(all.items[1].followUp.id).toBe(f.id);
      const onlyFollowUps = (await owner.get(`/api/v1/customers/${c.id}/timeline?kinds=followUp`)).json();
      expect(onlyFollowUps.items).toHaveLength(1);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { kind: string }[]; nextCursor: string | null } = (
          await owner.get(`/api/v1/customers/${c.id}/timeline?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
        ).json();
        seen.push(...page.items.map((i) => i.kind));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(['change', 'followUp', 'change']);
    });

    it('carries follow-ups over when two customers merge', async () => {
      const keep = await createCustomer(owner, { name: '温州瓯海鸿达机械有限公司' });
      const gone = await createCustomer(owner, { name: '鸿达机械（温州）有限公司', confirm: ['duplicates'] });
      await owner.post('/api/v1/follow-ups', {
        customerId: gone.id,
        method: '面谈/拜访',
        summary: '上门拜访',
      });
      await owner.post(`/api/v1/customers/${keep.id}/merge`, { fromId: gone.id });
      const list = (await owner.get(`/api/v1/follow-ups?customerId=${keep.id}`)).json();
      expect(list.items.map((x: { summary: string }) => x.summary)).toEqual(['上门拜访']);
      expect((await customerOf(owner, keep.id)).lastFollowUpMethod.key).toBe('visit');
    });
  });
}
