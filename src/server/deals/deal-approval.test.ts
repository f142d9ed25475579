import { describe, expect, it } from 'vitest';
import { todayIn } from '../../domain/dates';
import { addWorkingDays } from '../../domain/working-days';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

type Deal = { id: string; version: number; stage: { key: string }; pendingApproval: unknown };

for (const dialect of DIALECTS) {
  describe(`deal approval (${dialect})`, () => {
    const t = useTestApp(dialect);

    const bell = async (client: Client) =>
      (
        (await client.get('/api/v1/notifications')).json().items as {
          kind: string;
          title: string;
          body: string;
        }[]
      ).filter((n) => n.kind === 'approval');
    const tasksOf = async (client: Client) =>
      (await client.get('/api/v1/tasks?view=mine')).json().items as {
        title: string;
        source: string;
        dueDate: string;
        customer: { id: string };
      }[];

    let owner: Client;

    it('needs a request and a manager to win a deal; wrong roles are refused; everyone hears; history keeps all', async () => {
      owner = await setupOwner(t().app);
      const workspace = (await owner.get('/api/v1/workspace')).json();
      const on = await owner.patch('/api/v1/workspace', {
        version: workspace.version,
        settings: { deals: { approval: true, renewalDays: 30, paymentTermDays: 0 } },
      });
      expect(on.json().settings.deals).toEqual({ approval: true, renewalDays: 30, paymentTermDays: 0 });
      const sales = await createMember(t().app, owner, 'sales', '李明');
      const manager = await createMember(t().app, owner, 'manager', '赵经理');
      const service = await createMember(t().app, owner, 'service', '陈售后');
      const c = await createCustomer(sales.client);
      const created = await sales.client.post('/api/v1/deals', {
        customerId: c.id,
        title: '数字化咨询项目',
        stage: 'negotiation',
        expectedAmount: 8_800_000,
        afterSalesId: service.user.id,
      });
      const deal = created.json() as Deal;

      // Straight to won is refused, on create and on move.
      const direct = await sales.client.patch(`/api/v1/deals/${deal.id}`, {
        version: deal.version,
        stage: 'won',
      });
      expect(direct.statusCode).toBe(409);
      expect(direct.json().code).toBe('APPROVAL_REQUIRED');
      const wonAtOnce = await sales.client.post('/api/v1/deals', {
        customerId: c.id,
        title: 'x',
        stage: '成交',
      });
      expect(wonAtOnce.json().code).toBe('APPROVAL_REQUIRED');

      // The request: one open at a time; the deal shows it.
      const request = { note: '客户已口头确认，合同走法务', quotedAmount: 8_500_000 };
      const asked = await sales.client.post(`/api/v1/deals/${deal.id}/approval`, request);
      expect(asked.statusCode, asked.body).toBe(201);
      expect(asked.json()).toMatchObject({ status: 'pending', stage: 'won', requestedBy: { name: '李明' } });
      expect((await sales.client.post(`/api/v1/deals/${deal.id}/approval`, request)).json().code).toBe(
        'APPROVAL_PENDING',
      );
      expect((await sales.client.get(`/api/v1/deals/${deal.id}`)).json().pendingApproval).toMatchObject({
        quotedAmount: 8_500_000,
      });
      expect((await bell(manager.client))[0]).toMatchObject({ title: '成交审批：数字化咨询项目' });
      const pending = (await manager.client.get('/api/v1/deals?approval=pending')).json();
      expect(pending.items.map((d: { id: string }) => d.id)).toEqual([deal.id]);

      // Only approvers decide.
      for (const client of [sales.client, service.client])
        expect((await client.post(`/api/v1/deals/${deal.id}/approval/approve`, {})).statusCode).toBe(403);

      // Rejected: the deal stays open and the requester hears why.
      const rejected = await manager.client.post(`/api/v1/deals/${deal.id}/approval/reject`, {
        comment: '折扣超出权限，请按 88 万报',
      });
      expect(rejected.json()).toMatchObject({ status: 'rejected', decidedBy: { name: '赵经理' } });
      expect((await sales.client.get(`/api/v1/deals/${deal.id}`)).json()).toMatchObject({
        stage: { key: 'negotiation' },
        pendingApproval: null,
      });
      expect((await bell(sales.client))[0]).toMatchObject({
        title: '成交申请被驳回：数字化咨询项目',
        body: '赵经理：折扣超出权限，请按 88 万报',
      });
      expect(
        (await manager.client.post(`/api/v1/deals/${deal.id}/approval/approve`, { comment: '' })).json().code,
      ).toBe('APPROVAL_NOT_PENDING');

      // Approved: won at the quoted amount, the customer becomes 成交客户, after-sales gets the hand-over.
      await sales.client.post(`/api/v1/deals/${deal.id}/approval`, { ...request, quotedAmount: 8_800_000 });
      const approved = await manager.client.post(`/api/v1/deals/${deal.id}/approval/approve`, {
        comment: '同意',
      });
      expect(approved.statusCode, approved.body).toBe(200);
      const won = (await sales.client.get(`/api/v1/deals/${deal.id}`)).json();
      expect(won).toMatchObject({
        stage: { key: 'won' },
        actualAmount: 8_800_000,
        closedDate: expect.any(String),
      });
      expect((await sales.client.get(`/api/v1/customers/${c.id}`)).json().type.key).toBe('customer');
      const handover = (await tasksOf(service.client)).find((task) => task.source === 'handover');
      expect(handover).toMatchObject({
        title: '售后交接：数字化咨询项目',
        customer: { id: c.id },
        dueDate: addWorkingDays(todayIn('Asia/Shanghai'), 3),
      });
      expect((await bell(sales.client))[0]).toMatchObject({ title: '成交申请已通过：数字化咨询项目' });

      const history = (await sales.client.get(`/api/v1/deals/${deal.id}/approval`)).json();
      expect(history.map((h: { status: string }) => h.status)).toEqual(['approved', 'rejected']);
      const trail = (await owner.get(`/api/v1/deals/${deal.id}/history`)).json().items;
      expect(trail.map((h: { action: string }) => h.action)).toEqual([
        'approvalApproved',
        'update',
        'approvalRequested',
        'approvalRejected',
        'approvalRequested',
        'create',
      ]);
    });

    it('lets nobody but the owner decide their own request, and the requester withdraw it', async () => {
      const manager = await createMember(t().app, owner, 'manager', '孙经理');
      const c = await createCustomer(manager.client);
      const deal = (
        await manager.client.post('/api/v1/deals', { customerId: c.id, title: '自己的单' })
      ).json() as Deal;
      const request = { note: '请审批', quotedAmount: 100_000 };
      await manager.client.post(`/api/v1/deals/${deal.id}/approval`, request);
      const own = await manager.client.post(`/api/v1/deals/${deal.id}/approval/approve`, {});
      expect(own.statusCode).toBe(403);
      expect(own.json().code).toBe('APPROVAL_OWN_REQUEST');
      const withdrawn = await manager.client.post(`/api/v1/deals/${deal.id}/approval/withdraw`);
      expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });

      // The owner has nobody above them: their own request is theirs to decide.
      const mine = (
        await owner.post('/api/v1/deals', { customerId: c.id, title: '老板的单' })
      ).json() as Deal;
      await owner.post(`/api/v1/deals/${mine.id}/approval`, request);
      expect((await owner.post(`/api/v1/deals/${mine.id}/approval/approve`, {})).statusCode).toBe(200);
    });
  });
}
