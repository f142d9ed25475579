import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

const TODAY = todayIn('Asia/Shanghai');
const DAY = TODAY.replaceAll('-', '');
type Contract = {
  id: string;
  number: string;
  title: string;
  version: number;
  endDate: string | null;
  daysToEnd: number | null;
  renewalDue: boolean;
};

for (const dialect of DIALECTS) {
  describe(`contracts (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    const contract = async (client: Client, body: Record<string, unknown>) => {
      const response = await client.post('/api/v1/contracts', {
        title: '年度咨询服务合同',
        amount: 12_000_000,
        ...body,
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as Contract;
    };
    const numbers = async (client: Client, query: string) =>
      ((await client.get(`/api/v1/contracts?${query}`)).json().items as Contract[]).map((c) => c.number);

    it('numbers a new contract, counts down to its end, and lists it by customer, deal, end and text', async () => {
      owner = await setupOwner(t().app);
      const c = await createCustomer(owner);
      const deal = (await owner.post('/api/v1/deals', { customerId: c.id, title: '年度顾问' })).json();
      const first = await contract(owner, {
        customerId: c.id,
        dealId: deal.id,
        signedDate: TODAY,
        startDate: TODAY,
        endDate: addDays(TODAY, 20),
      });
      expect(first).toMatchObject({
        number: `HT${DAY}001`,
        customer: { id: c.id, name: c.name },
        dealId: deal.id,
        amount: 12_000_000,
        daysToEnd: 20,
        renewalDue: true,
        attachments: [],
        invoices: [],
        version: 1,
      });
      const second = await contract(owner, {
        customerId: c.id,
        number: '',
        title: '二期实施合同',
        endDate: addDays(TODAY, 90),
      });
      expect(second).toMatchObject({ number: `HT${DAY}002`, dealId: null, daysToEnd: 90, renewalDue: false });
      const other = await contract(owner, {
        customerId: (await createCustomer(owner)).id,
        number: 'XS-2026-07',
      });

      expect(await numbers(owner, `customerId=${c.id}`)).toEqual([second.number, first.number]);
      expect(await numbers(owner, `dealId=${deal.id}`)).toEqual([first.number]);
      expect(await numbers(owner, 'endingWithin=30')).toEqual([first.number]);
      expect(await numbers(owner, 'endingWithin=100')).toEqual([first.number, second.number]);
      expect(await numbers(owner, 'q=二期')).toEqual([second.number]);
      expect(await numbers(owner, 'q=xs-2026')).toEqual([other.number]);
      expect(await numbers(owner, 'q=100%')).toEqual([]);

      const page1 = (await owner.get('/api/v1/contracts?limit=2')).json();
      expect(page1).toMatchObject({ total: 3, items: [{ id: other.id }, { id: second.id }] });
      const page2 = (await owner.get(`/api/v1/contracts?limit=2&cursor=${page1.nextCursor}`)).json();
      expect(page2).toMatchObject({ items: [{ id: first.id }], nextCursor: null });
      const ending = (await owner.get('/api/v1/contracts?endingWithin=100&limit=1')).json();
      const next = await owner.get(`/api/v1/contracts?endingWithin=100&limit=1&cursor=${ending.nextCursor}`);
      expect(next.json().items.map((x: Contract) => x.id)).toEqual([second.id]);
    });

    it('edits with the version, refuses a stale one with the current record, and goes through the bin', async () => {
      const c = await createCustomer(owner);
      const k = await contract(owner, { customerId: c.id, startDate: TODAY });
      const edited = await owner.patch(`/api/v1/contracts/${k.id}`, {
        version: k.version,
        amount: 9_900_000,
      });
      expect(edited.json()).toMatchObject({ amount: 9_900_000, version: 2 });
      const stale = await owner.patch(`/api/v1/contracts/${k.id}`, { title: '改名' }, { 'if-match': '1' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', current: { id: k.id, version: 2 } });

      // The term is checked against what is stored: an end before the start already there.
      const early = await owner.patch(`/api/v1/contracts/${k.id}`, {
        version: 2,
        endDate: addDays(TODAY, -1),
      });
      expect(early.statusCode).toBe(400);
      expect(early.json().errors).toEqual([expect.objectContaining({ path: 'endDate' })]);

      expect((await owner.delete(`/api/v1/contracts/${k.id}`)).statusCode).toBe(204);
      expect((await owner.get(`/api/v1/contracts/${k.id}`)).statusCode).toBe(404);
      expect(await numbers(owner, `customerId=${c.id}`)).toEqual([]);
      const bin = (await owner.get('/api/v1/recycle-bin')).json().items;
      expect(bin).toContainEqual(expect.objectContaining({ type: 'contract', id: k.id }));
      expect((await owner.post(`/api/v1/recycle-bin/contract/${k.id}/restore`)).statusCode).toBe(204);
      expect((await owner.get(`/api/v1/contracts/${k.id}`)).json()).toMatchObject({
        amount: 9_900_000,
        version: 4,
      });
      const history = (
        await t()
          .database.db.selectFrom('history')
          .select('action')
          .where('entity_id', '=', k.id)
          .orderBy('at')
          .orderBy('id')
          .execute()
      ).map((h) => h.action);
      expect(history).toEqual(['create', 'update', 'delete', 'restore']);
    });

    it('keeps numbers unique in the workspace and skips a number typed by hand', async () => {
      const c = await createCustomer(owner);
      const taken = await owner.post('/api/v1/contracts', {
        customerId: c.id,
        title: '重号',
        amount: 1,
        number: `HT${DAY}001`,
      });
      expect(taken.statusCode).toBe(409);
      expect(taken.json()).toMatchObject({ code: 'CONTRACT_NUMBER_TAKEN', errors: [{ path: 'number' }] });
      const typed = await contract(owner, { customerId: c.id, number: `HT${DAY}005` });
      const renamed = await owner.patch(`/api/v1/contracts/${typed.id}`, {
        version: 1,
        number: 'XS-2026-07',
      });
      expect(renamed.statusCode).toBe(409);
      await contract(owner, { customerId: c.id, number: `HT${DAY}004` });
      // 004 and 005 were typed in: the counter moves past them.
      expect((await contract(owner, { customerId: c.id })).number).toBe(`HT${DAY}006`);
    });

    it('refuses a deal of another customer, an unknown customer and a reversed term, all at once', async () => {
      const [a, b] = [await createCustomer(owner), await createCustomer(owner)];
      const deal = (await owner.post('/api/v1/deals', { customerId: b.id, title: '别家的商机' })).json();
      const bad = await owner.post('/api/v1/contracts', {
        customerId: a.id,
        dealId: deal.id,
        title: '合同',
        amount: 100,
        startDate: TODAY,
        endDate: addDays(TODAY, -3),
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
        ['dealId', 'DEAL_NOT_OF_CUSTOMER'],
        ['endDate', 'VALIDATION_FAILED'],
      ]);
      const nobody = await owner.post('/api/v1/contracts', {
        customerId: 'missing',
        title: '合同',
        amount: 1,
      });
      expect(nobody.json().errors).toEqual([
        expect.objectContaining({ path: 'customerId', code: 'NOT_FOUND' }),
      ]);
    });

    it("keeps a sales member to their own customers' contracts; service reads, masked, and writes nothing", async () => {
      const sales = await createMember(t().app, owner, 'sales');
      const service = await createMember(t().app, owner, 'service');
      const theirs = await createCustomer(owner);
      const k = await contract(owner, { customerId: theirs.id, title: '合同 联系 13912345678' });
      expect((await sales.client.get(`/api/v1/contracts/${k.id}`)).statusCode).toBe(404);
      expect(await numbers(sales.client, '')).not.toContain(k.number);
      expect(
        (await sales.client.patch(`/api/v1/contracts/${k.id}`, { version: 1, amount: 1 })).statusCode,
      ).toBe(404);
      expect(
        (await sales.client.post('/api/v1/contracts', { customerId: theirs.id, title: 'x', amount: 1 }))
          .statusCode,
      ).toBe(400);
      const own = await createCustomer(sales.client);
      const mine = await contract(sales.client, { customerId: own.id });
      expect(await numbers(sales.client, '')).toEqual([mine.number]);

      const read = await service.client.get(`/api/v1/contracts/${k.id}`);
      expect(read.statusCode).toBe(200);
      expect(read.json().title).toBe('合同 联系 139****5678');
      expect(
        (await service.client.post('/api/v1/contracts', { customerId: theirs.id, title: 'x', amount: 1 }))
          .statusCode,
      ).toBe(403);
      expect(
        (await service.client.patch(`/api/v1/contracts/${k.id}`, { version: 1, amount: 1 })).statusCode,
      ).toBe(403);
      expect((await service.client.delete(`/api/v1/contracts/${k.id}`)).statusCode).toBe(403);
    });
  });
}
