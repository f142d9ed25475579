import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

const TODAY = todayIn('Asia/Shanghai');
/** Noon in Shanghai n days from today, so the follow-up's day is the same in the workspace's zone. */
const noon = (days: number) => `${addDays(TODAY, days)}T04:00:00.000Z`;

for (const dialect of DIALECTS) {
  describe(`customer briefing (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;
    let customerId: string;

    const briefing = (client: Client, id: string, kind = 'briefing') =>
      client.get(`/api/v1/customers/${id}/briefing?kind=${kind}`);

    const followUp = async (body: Record<string, unknown>) => {
      const response = await owner.post('/api/v1/follow-ups', { customerId, method: '电话', ...body });
      expect(response.statusCode, response.body).toBe(201);
    };

    it('sets up a customer with needs, follow-ups, promises, deals, a contract and money owed', async () => {
      owner = await setupOwner(t().app);
      const customer = await createCustomer(owner, {
        name: '杭州晨光教育科技有限公司',
        type: '意向客户',
        status: '跟进中',
        needs: {
          coreNeed: '搭建线上招生系统，负责人手机 13912345678',
          painPoints: '线索分散在微信群',
          competition: '另一家公司报价低 20%',
          budgetMin: 5_000_000,
          budgetMax: 8_000_000,
        },
        contacts: [{ name: '刘校长', mobile: '13800138000', role: '决策者', title: '校长', isPrimary: true }],
      });
      customerId = customer.id;
      await followUp({
        at: noon(-20),
        summary: '首次电话，了解需求',
        feedback: '对方案感兴趣',
        attitude: 'positive',
      });
      await followUp({
        at: noon(-10),
        summary: '介绍方案，客户说可以打 13912345678 找财务',
        feedback: '觉得价格偏高',
        attitude: 'hesitant',
        attitudeNote: '要等校长出差回来再定',
        commitments: [
          { text: '周五前发修改后的报价', side: 'ours', dueDate: addDays(TODAY, -3) },
          { text: '客户提供学员人数', side: 'theirs', dueDate: addDays(TODAY, -1) },
          { text: '安排演示', side: 'ours', dueDate: addDays(TODAY, 5) },
        ],
      });
      await followUp({
        at: noon(-2),
        method: '微信',
        summary: '微信确认演示时间',
        nextActions: [{ text: '准备演示环境', dueDate: addDays(TODAY, 2) }],
        nextDate: addDays(TODAY, 3),
      });
      const won = await owner.post('/api/v1/deals', {
        customerId,
        title: '一期咨询',
        stage: '成交',
        actualAmount: 2_000_000,
        closedDate: addDays(TODAY, -30),
      });
      expect(won.statusCode, won.body).toBe(201);
      const late = await owner.post('/api/v1/deals', {
        customerId,
        title: '招生系统二期',
        stage: 'proposal',
        expectedAmount: 6_000_000,
        expectedCloseDate: addDays(TODAY, -1),
      });
      expect(late.statusCode, late.body).toBe(201);
      const workspace = (await owner.get('/api/v1/workspace')).json();
      await owner.patch('/api/v1/workspace', {
        version: workspace.version,
        settings: { deals: { approval: true, renewalDays: 30, paymentTermDays: 0 } },
      });
      const asking = await owner.post('/api/v1/deals', {
        customerId,
        title: '年度维护',
        stage: 'negotiation',
        expectedAmount: 1_200_000,
      });
      const asked = await owner.post(`/api/v1/deals/${asking.json().id}/approval`, {
        note: '客户已口头确认',
        quotedAmount: 1_100_000,
      });
      expect(asked.statusCode, asked.body).toBe(201);
      const contract = await owner.post('/api/v1/contracts', {
        customerId,
        title: '一期咨询服务合同',
        amount: 2_000_000,
        signedDate: addDays(TODAY, -30),
      });
      expect(contract.statusCode, contract.body).toBe(201);
      const project = await owner.post('/api/v1/projects', {
        customerId,
        name: '一期交付',
        contractAmount: 2_000_000,
        installments: [
          { name: '首付款', amountDue: 600_000, dueDate: addDays(TODAY, -5) },
          { name: '尾款', amountDue: 1_400_000, dueDate: addDays(TODAY, 30) },
        ],
      });
      expect(project.statusCode, project.body).toBe(201);
    });

    it('reports every section from the record', async () => {
      const response = await briefing(owner, customerId);
      expect(response.statusCode, response.body).toBe(200);
      const b = response.json();
      expect(b).toMatchObject({
        kind: 'briefing',
        today: TODAY,
        masked: false,
        customer: {
          name: '杭州晨光教育科技有限公司',
          // Winning the first deal made them a 成交客户.
          type: { label: '成交客户' },
          status: { label: '跟进中' },
          owner: { name: '王芳' },
          source: { label: '微信' },
        },
        status: {
          health: 'active',
          lastFollowUpDay: addDays(TODAY, -2),
          daysSinceFollowUp: 2,
          nextDueDate: addDays(TODAY, 3),
          dueOverdue: false,
        },
        needs: {
          coreNeed: '搭建线上招生系统，负责人手机 13912345678',
          painPoints: '线索分散在微信群',
          budgetMin: 5_000_000,
          budgetMax: 8_000_000,
        },
        nextStep: {
          nextFollowUpDate: addDays(TODAY, 3),
          actions: [{ text: '准备演示环境', dueDate: addDays(TODAY, 2), assignee: '王芳' }],
        },
        money: {
          won: { amount: 2_000_000, count: 1 },
          contracts: [{ title: '一期咨询服务合同', amount: 2_000_000, signedDate: addDays(TODAY, -30) }],
          receivables: { outstanding: 2_000_000, installments: 2, overdue: 600_000, overdueInstallments: 1 },
        },
        contacts: [{ name: '刘校长', title: '校长', role: { label: '决策者' }, phone: '13800138000' }],
        handover: null,
      });
      expect(b.blockers).toEqual([
        { source: 'feedback', day: addDays(TODAY, -10), attitude: 'hesitant', text: '觉得价格偏高' },
        { source: 'attitude', day: addDays(TODAY, -10), attitude: 'hesitant', text: '要等校长出差回来再定' },
        { source: 'theirPromise', day: addDays(TODAY, -1), attitude: null, text: '客户提供学员人数' },
        { source: 'competition', day: null, attitude: null, text: '另一家公司报价低 20%' },
      ]);
      expect(b.support).toEqual(
        expect.arrayContaining([
          { kind: 'approvalPending', title: '年度维护', amount: 1_100_000, date: null, count: null },
          {
            kind: 'dealPastClose',
            title: '招生系统二期',
            date: addDays(TODAY, -1),
            amount: null,
            count: null,
          },
          { kind: 'receivableOverdue', amount: 600_000, count: 1, title: null, date: null },
          { kind: 'promiseOverdue', count: 1, title: null, date: null, amount: null },
        ]),
      );
      expect(b.support).toHaveLength(4);
      expect(
        b.followUps.map((f: { day: string; method: { label: string } }) => [f.day, f.method.label]),
      ).toEqual([
        [addDays(TODAY, -2), '微信'],
        [addDays(TODAY, -10), '电话'],
        [addDays(TODAY, -20), '电话'],
      ]);
      expect(b.followUps[1]).toMatchObject({
        summary: '介绍方案，客户说可以打 13912345678 找财务',
        user: '王芳',
      });
      expect(b.promises).toEqual([
        expect.objectContaining({ title: '周五前发修改后的报价', side: 'ours', overdue: true }),
        expect.objectContaining({ title: '客户提供学员人数', side: 'theirs', overdue: true }),
        expect.objectContaining({ title: '安排演示', dueDate: addDays(TODAY, 5), overdue: false }),
      ]);
      expect(
        b.money.openDeals.map((d: { title: string; stage: { label: string } }) => [d.title, d.stage.label]),
      ).toEqual(
        expect.arrayContaining([
          ['招生系统二期', '方案'],
          ['年度维护', '谈判'],
        ]),
      );
      expect(b.money.openDeals).toHaveLength(2);
    });

    it('adds what the new owner inherits to a hand-over', async () => {
      const b = (await briefing(owner, customerId, 'handover')).json();
      expect(b.kind).toBe('handover');
      expect(b.handover.since).toBe(TODAY);
      expect(
        b.handover.openTasks.map((task: { title: string; source: string }) => task.source).sort(),
      ).toEqual(['commitment', 'commitment', 'commitment', 'handover', 'nextAction']);
      expect((await briefing(owner, customerId, 'weekly')).statusCode).toBe(400);
    });

    it('masks personal data for the service role', async () => {
      const service = await createMember(t().app, owner, 'service');
      const response = await briefing(service.client, customerId);
      expect(response.statusCode, response.body).toBe(200);
      const b = response.json();
      expect(b.masked).toBe(true);
      expect(b.contacts[0].phone).toBe('138****8000');
      expect(b.needs.coreNeed).toBe('搭建线上招生系统，负责人手机 139****5678');
      expect(b.followUps[1].summary).toBe('介绍方案，客户说可以打 139****5678 找财务');
      expect(JSON.stringify(b)).not.toMatch(/13912345678|13800138000/);
    });

    it('answers 404 to a sales member for a customer that is not theirs', async () => {
      const sales = await createMember(t().app, owner, 'sales');
      expect((await briefing(sales.client, customerId)).statusCode).toBe(404);
      const own = await createCustomer(sales.client, { name: '自己的客户' });
      const mine = await briefing(sales.client, own.id);
      expect(mine.statusCode, mine.body).toBe(200);
      expect(mine.json()).toMatchObject({
        customer: { name: '自己的客户' },
        status: { health: 'atRisk', lastFollowUpDay: null },
        followUps: [],
        promises: [],
        money: { openDeals: [], won: { amount: 0, count: 0 }, receivables: { outstanding: 0 } },
      });
    });
  });
}
