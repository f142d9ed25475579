import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { weekOf } from '../../domain/project';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

const TODAY = todayIn('Asia/Shanghai');
const { sunday } = weekOf(TODAY);
type Row = { installment: { name: string }; customer: { name: string }; outstandingAmount: number };

for (const dialect of DIALECTS) {
  describe(`receivables (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;
    let sales: Client;

    const project = async (client: Client, customerId: string, body: Record<string, unknown>) => {
      const response = await client.post('/api/v1/projects', {
        customerId,
        contractAmount: 1_000_000,
        ...body,
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json();
    };
    const view = async (client: Client, query: string) => {
      const response = await client.get(`/api/v1/receivables?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    const names = (page: { items: Row[] }) =>
      page.items.map((r) => `${r.customer.name}/${r.installment.name}`);

    it('lists what is owed: overdue with days, due this week (Monday–Sunday), and both together', async () => {
      owner = await setupOwner(t().app);
      sales = (await createMember(t().app, owner, 'sales')).client;
      const a = await createCustomer(owner, { name: '甲公司' });
      const b = await createCustomer(sales, { name: '乙公司' });
      const pa = await project(owner, a.id, {
        name: '甲项目',
        milestones: [{ content: '终验', plannedDate: addDays(TODAY, 40) }],
        installments: [
          { name: '首付款', amountDue: 100_000, dueDate: addDays(TODAY, -10) },
          { name: '进度款', amountDue: 200_000, dueDate: sunday },
          { name: '二期款', amountDue: 300_000, dueDate: addDays(sunday, 1) },
          { name: '尾款', amountDue: 350_000, milestoneSeq: 1 },
          { name: '订金', amountDue: 50_000, dueDate: addDays(TODAY, -3) },
        ],
      });
      await owner.post(`/api/v1/installments/${pa.installments[0].id}/payments`, {
        amount: 20_000,
        date: TODAY,
      });
      await owner.post(`/api/v1/installments/${pa.installments[4].id}/payments`, {
        amount: 50_000,
        date: TODAY,
      });
      await project(sales, b.id, {
        name: '乙项目',
        installments: [{ name: '首付款', amountDue: 50_000, dueDate: addDays(TODAY, -8) }],
      });

      const overdue = await view(owner, 'view=overdue');
      expect(overdue).toMatchObject({ view: 'overdue', total: 2, nextCursor: null });
      expect(overdue.items[0]).toMatchObject({
        installment: { name: '首付款', seq: 1 },
        project: { id: pa.id, name: '甲项目', number: pa.number },
        customer: { id: a.id, name: '甲公司' },
        amountDue: 100_000,
        receivedAmount: 20_000,
        outstandingAmount: 80_000,
        effectiveDueDate: addDays(TODAY, -10),
        status: 'overdue',
        daysOverdue: 10,
      });
      expect(names(overdue)).toEqual(['甲公司/首付款', '乙公司/首付款']);
      expect(names(await view(owner, 'view=week'))).toEqual(['甲公司/进度款']);
      expect(names(await view(owner, ''))).toEqual(['甲公司/首付款', '乙公司/首付款', '甲公司/进度款']);
      expect(names(await view(owner, 'ownerId=me'))).toEqual(['甲公司/首付款', '甲公司/进度款']);

      const first = await view(owner, 'view=overdue&limit=1');
      expect(names(first)).toEqual(['甲公司/首付款']);
      expect(names(await view(owner, `view=overdue&limit=1&cursor=${first.nextCursor}`))).toEqual([
        '乙公司/首付款',
      ]);
    });

    it('sums per customer what is owed and what of it is overdue', async () => {
      const page = await view(owner, 'view=customer');
      expect(page).toMatchObject({ view: 'customer', total: 2, nextCursor: null });
      expect(page.items).toEqual([
        {
          customer: expect.objectContaining({ name: '甲公司' }),
          owed: 80_000 + 200_000 + 300_000 + 350_000,
          overdue: 80_000,
          installments: 4,
          earliestDueDate: addDays(TODAY, -10),
        },
        {
          customer: expect.objectContaining({ name: '乙公司' }),
          owed: 50_000,
          overdue: 50_000,
          installments: 1,
          earliestDueDate: addDays(TODAY, -8),
        },
      ]);
      const firstPage = await view(owner, 'view=customer&limit=1');
      const second = await view(owner, `view=customer&limit=1&cursor=${firstPage.nextCursor}`);
      expect(second.items.map((r: { customer: { name: string } }) => r.customer.name)).toEqual(['乙公司']);
    });

    it('adds up the header over everything owed, not over a page', async () => {
      const summary = async (client: Client, query = '') =>
        (await client.get(`/api/v1/receivables/summary?${query}`)).json();
      expect(await summary(owner)).toEqual({
        overdue: { amount: 80_000 + 50_000, count: 2 },
        week: { amount: 200_000, count: 1 },
        owed: { amount: 80_000 + 200_000 + 300_000 + 350_000 + 50_000, count: 5, customers: 2 },
      });
      expect(await summary(owner, 'ownerId=me')).toEqual({
        overdue: { amount: 80_000, count: 1 },
        week: { amount: 200_000, count: 1 },
        owed: { amount: 930_000, count: 4, customers: 1 },
      });
      expect(await summary(sales)).toEqual({
        overdue: { amount: 50_000, count: 1 },
        week: { amount: 0, count: 0 },
        owed: { amount: 50_000, count: 1, customers: 1 },
      });
    });

    it('shows a sales member only their own customers’ money', async () => {
      expect(names(await view(sales, 'view=overdue'))).toEqual(['乙公司/首付款']);
      expect(names(await view(sales, 'view=week'))).toEqual([]);
      const mine = await view(sales, 'view=customer');
      expect(mine.items.map((r: { customer: { name: string } }) => r.customer.name)).toEqual(['乙公司']);
    });
  });
}
