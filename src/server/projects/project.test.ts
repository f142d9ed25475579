import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

const TODAY = todayIn('Asia/Shanghai');

async function deal(client: Client, body: Record<string, unknown>) {
  const response = await client.post('/api/v1/deals', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; title: string; ownerId?: string };
}

for (const dialect of DIALECTS) {
  describe(`delivery projects (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    it('is made from a won deal with its title, amount and owner; never from an open or another customer’s deal', async () => {
      owner = await setupOwner(t().app);
      const sales = await createMember(t().app, owner, 'sales', '李明');
      const c = await createCustomer(sales.client);
      const won = await deal(sales.client, {
        customerId: c.id,
        title: '官网改版',
        stage: 'won',
        expectedAmount: 9_000_000,
        actualAmount: 8_800_000,
      });
      const created = await owner.post('/api/v1/projects', { customerId: c.id, dealId: won.id });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({
        name: '官网改版',
        contractAmount: 8_800_000,
        receivedAmount: 0,
        owner: { id: sales.user.id, name: '李明' },
        customer: { id: c.id, name: c.name },
        dealId: won.id,
        status: 'not_started',
        milestones: [],
        installments: [],
        installmentsTotal: 0,
        unscheduledAmount: 8_800_000,
        version: 1,
      });
      expect(created.json().number).toMatch(new RegExp(`^P${TODAY.replaceAll('-', '')}\\d{3}$`));

      const open = await deal(sales.client, {
        customerId: c.id,
        title: '二期',
        stage: 'proposal',
        expectedAmount: 1,
      });
      const refused = await owner.post('/api/v1/projects', { customerId: c.id, dealId: open.id });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({
        code: 'PROJECT_DEAL_NOT_WON',
        errors: [{ path: 'dealId', code: 'PROJECT_DEAL_NOT_WON' }],
      });
      const other = await createCustomer(owner);
      const elsewhere = await owner.post('/api/v1/projects', { customerId: other.id, dealId: won.id });
      expect(elsewhere.json()).toMatchObject({ code: 'DEAL_NOT_OF_CUSTOMER', status: 422 });
    });

    it('by hand needs a name and an amount (said at once); milestones and installments come along', async () => {
      const c = await createCustomer(owner);
      const bare = await owner.post('/api/v1/projects', { customerId: c.id, ownerId: 'nobody' });
      expect(bare.statusCode).toBe(400);
      expect(bare.json().errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
        ['ownerId', 'MEMBER_INVALID'],
        ['name', 'FIELD_REQUIRED'],
        ['contractAmount', 'FIELD_REQUIRED'],
      ]);
      const both = await owner.post('/api/v1/projects', {
        customerId: c.id,
        name: '培训',
        contractAmount: 100,
        installments: [{ name: '首付款', amountDue: 100, dueDate: TODAY, milestoneSeq: 1 }],
      });
      expect(both.json()).toMatchObject({
        code: 'INSTALLMENT_DUE_ONE',
        errors: [{ path: 'installments.0.milestoneSeq' }],
      });

      const p = await owner.post('/api/v1/projects', {
        customerId: c.id,
        name: '年度培训',
        contractAmount: 3_000_000,
        status: 'in_progress',
        expectedEnd: addDays(TODAY, 60),
        milestones: [
          { content: '需求调研', plannedDate: addDays(TODAY, 10) },
          { content: '课程交付', plannedDate: addDays(TODAY, 40), deliverables: '课件、录像' },
        ],
        installments: [
          { name: '首付款', amountDue: 900_000, dueDate: TODAY },
          { name: '尾款', amountDue: 2_000_000, milestoneSeq: 2 },
        ],
      });
      expect(p.statusCode, p.body).toBe(201);
      const body = p.json();
      expect(body.milestones.map((m: { code: string; status: string }) => [m.code, m.status])).toEqual([
        ['M1', 'pending'],
        ['M2', 'pending'],
      ]);
      expect(body.installments[1]).toMatchObject({
        milestoneId: body.milestones[1].id,
        effectiveDueDate: null,
      });
      expect(body.installments[0]).toMatchObject({
        effectiveDueDate: TODAY,
        status: 'pending',
        daysOverdue: 0,
      });
      // 还差 ¥1,000: accepted, and said.
      expect(body).toMatchObject({ installmentsTotal: 2_900_000, unscheduledAmount: 100_000 });
      const more = await owner.post(`/api/v1/projects/${body.id}/installments`, {
        name: '加项',
        amountDue: 300_000,
        dueDate: TODAY,
      });
      expect(more.statusCode).toBe(201);
      // 超出 ¥2,000.
      expect((await owner.get(`/api/v1/projects/${body.id}`)).json().unscheduledAmount).toBe(-200_000);
    });

    it('lists by status, customer, owner, name and delay, a page at a time', async () => {
      const c = await createCustomer(owner);
      const make = (name: string, extra: Record<string, unknown> = {}) =>
        owner.post('/api/v1/projects', { customerId: c.id, name, contractAmount: 1, ...extra });
      await make('甲项目', { status: 'acceptance' });
      await make('乙项目', {
        milestones: [{ content: '上线', plannedDate: addDays(TODAY, -3), delayReason: '客户未提供服务器' }],
      });
      await make('丙项目');
      const list = async (query: string) =>
        (await owner.get(`/api/v1/projects?customerId=${c.id}&${query}`)).json();
      expect((await list('')).items.map((p: { name: string }) => p.name)).toEqual([
        '丙项目',
        '乙项目',
        '甲项目',
      ]);
      expect((await list('status=acceptance')).items.map((p: { name: string }) => p.name)).toEqual([
        '甲项目',
      ]);
      expect((await list('q=乙')).items.map((p: { name: string }) => p.name)).toEqual(['乙项目']);
      const delayed = await list('delayed=true');
      expect(delayed.items).toEqual([expect.objectContaining({ name: '乙项目', delayed: true })]);
      expect((await list('ownerId=me')).total).toBe(3);
      const first = await list('limit=2');
      expect(first).toMatchObject({ total: 3, items: [{ name: '丙项目' }, { name: '乙项目' }] });
      const second = await list(`limit=2&cursor=${first.nextCursor}`);
      expect(second).toMatchObject({ items: [{ name: '甲项目' }], nextCursor: null });
    });

    it('refuses a stale edit with the current record, by body version or If-Match', async () => {
      const c = await createCustomer(owner);
      const p = (
        await owner.post('/api/v1/projects', { customerId: c.id, name: '咨询', contractAmount: 5 })
      ).json();
      const first = await owner.patch(`/api/v1/projects/${p.id}`, {
        version: p.version,
        status: 'in_progress',
      });
      expect(first.json()).toMatchObject({ status: 'in_progress', version: 2 });
      const stale = await owner.patch(`/api/v1/projects/${p.id}`, { version: p.version, name: '改名' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({
        code: 'VERSION_CONFLICT',
        current: { status: 'in_progress', version: 2 },
      });
      const byHeader = await owner.patch(`/api/v1/projects/${p.id}`, { name: '改名' }, { 'if-match': '"2"' });
      expect(byHeader.json()).toMatchObject({ name: '改名', version: 3 });
      const history = await t()
        .database.db.selectFrom('history')
        .select(['action', 'changes'])
        .where('entity_id', '=', p.id)
        .orderBy('at')
        .execute();
      expect(history.map((h) => h.action)).toEqual(['create', 'update', 'update']);
    });
  });
}
