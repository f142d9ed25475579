import { describe, expect, it } from 'vitest';
import { todayIn } from '../../domain/dates';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

const TODAY = todayIn('Asia/Shanghai');
type Invoice = { id: string; number: string | null; status: string; version: number; kind: { key: string } };
const problems = (body: { errors: { path: string; code: string }[] }) =>
  body.errors.map((e) => [e.path, e.code]);

for (const dialect of DIALECTS) {
  describe(`invoices (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    const invoice = async (client: Client, body: Record<string, unknown>) => {
      const response = await client.post('/api/v1/invoices', { kind: '普票', amount: 500_000, ...body });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as Invoice;
    };

    it('requests an invoice, then issues it with a number and a date; the kind in any of its names', async () => {
      owner = await setupOwner(t().app);
      const c = await createCustomer(owner);
      const deal = (await owner.post('/api/v1/deals', { customerId: c.id, title: '年度顾问' })).json();
      const k = (
        await owner.post('/api/v1/contracts', {
          customerId: c.id,
          dealId: deal.id,
          title: '合同',
          amount: 1_000_000,
        })
      ).json();
      const requested = await invoice(owner, { customerId: c.id, contractId: k.id, kind: '专票' });
      // Raised on the contract of a deal, it counts against that deal.
      expect(requested).toMatchObject({
        customer: { id: c.id },
        contractId: k.id,
        dealId: deal.id,
        kind: { key: 'special', label: '增值税专用发票' },
        status: 'requested',
        number: null,
      });
      for (const kind of ['special', '增值税专用发票', 'VAT special invoice'])
        expect((await invoice(owner, { customerId: c.id, kind })).kind.key).toBe('special');
      const unknown = await owner.post('/api/v1/invoices', { customerId: c.id, kind: '收据', amount: 1 });
      expect(unknown.statusCode).toBe(400);
      expect(problems(unknown.json())).toEqual([['kind', 'UNKNOWN_DICTIONARY_VALUE']]);

      const early = await owner.patch(`/api/v1/invoices/${requested.id}`, { version: 1, status: 'issued' });
      expect(early.statusCode).toBe(400);
      expect(problems(early.json())).toEqual([
        ['number', 'FIELD_REQUIRED'],
        ['issueDate', 'FIELD_REQUIRED'],
      ]);
      const halfway = await owner.patch(`/api/v1/invoices/${requested.id}`, {
        version: 1,
        number: '04412345',
      });
      expect(halfway.json()).toMatchObject({ number: '04412345', status: 'requested', version: 2 });
      const issued = await owner.patch(`/api/v1/invoices/${requested.id}`, {
        version: 2,
        status: 'issued',
        issueDate: TODAY,
      });
      expect(issued.json()).toMatchObject({
        status: 'issued',
        issueDate: TODAY,
        number: '04412345',
        version: 3,
      });
      // An issued one cannot lose its number.
      const cleared = await owner.patch(`/api/v1/invoices/${requested.id}`, { version: 3, number: null });
      expect(problems(cleared.json())).toEqual([['number', 'FIELD_REQUIRED']]);
      const created = await owner.post('/api/v1/invoices', {
        customerId: c.id,
        kind: 'normal',
        amount: 1,
        status: 'issued',
      });
      expect(created.statusCode).toBe(400);

      const onContract = (await owner.get(`/api/v1/contracts/${k.id}`)).json();
      expect(onContract.invoices).toEqual([expect.objectContaining({ id: requested.id, status: 'issued' })]);
      const byContract = (await owner.get(`/api/v1/invoices?contractId=${k.id}`)).json();
      expect(byContract).toMatchObject({ total: 1, items: [{ id: requested.id }] });
      expect((await owner.get(`/api/v1/invoices?dealId=${deal.id}`)).json().total).toBe(1);
      expect((await owner.get(`/api/v1/invoices?customerId=${c.id}&status=requested`)).json().total).toBe(3);
      const page = (await owner.get(`/api/v1/invoices?customerId=${c.id}&limit=3`)).json();
      const rest = (await owner.get(`/api/v1/invoices?customerId=${c.id}&cursor=${page.nextCursor}`)).json();
      expect(rest.items.map((i: Invoice) => i.id)).toEqual([requested.id]);

      const stale = await owner.patch(`/api/v1/invoices/${requested.id}`, { version: 1, status: 'void' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({
        code: 'VERSION_CONFLICT',
        current: { id: requested.id, version: 3 },
      });
      const voided = await owner.patch(`/api/v1/invoices/${requested.id}`, { status: '已作废', version: 3 });
      expect(voided.statusCode).toBe(400);
      expect(
        (await owner.patch(`/api/v1/invoices/${requested.id}`, { status: 'void', version: 3 })).json(),
      ).toMatchObject({
        status: 'void',
      });
    });

    it('refuses a deal or a contract of another customer', async () => {
      const [a, b] = [await createCustomer(owner), await createCustomer(owner)];
      const deal = (await owner.post('/api/v1/deals', { customerId: b.id, title: '别家的' })).json();
      const k = (
        await owner.post('/api/v1/contracts', { customerId: b.id, title: '别家的', amount: 1 })
      ).json();
      const bad = await owner.post('/api/v1/invoices', {
        customerId: a.id,
        dealId: deal.id,
        contractId: k.id,
        kind: '普票',
        amount: 1,
      });
      expect(bad.statusCode).toBe(400);
      expect(problems(bad.json())).toEqual([
        ['dealId', 'DEAL_NOT_OF_CUSTOMER'],
        ['contractId', 'CONTRACT_NOT_OF_CUSTOMER'],
      ]);
      const mine = await invoice(owner, { customerId: a.id });
      const moved = await owner.patch(`/api/v1/invoices/${mine.id}`, { version: 1, contractId: k.id });
      expect(problems(moved.json())).toEqual([['contractId', 'CONTRACT_NOT_OF_CUSTOMER']]);
    });

    it('keeps sales to their own customers, lets service read only, and goes through the bin', async () => {
      const sales = await createMember(t().app, owner, 'sales');
      const service = await createMember(t().app, owner, 'service');
      const c = await createCustomer(owner);
      const inv = await invoice(owner, { customerId: c.id, notes: '寄给 13912345678' });
      expect((await sales.client.get(`/api/v1/invoices/${inv.id}`)).statusCode).toBe(404);
      expect((await sales.client.get('/api/v1/invoices')).json().items).toEqual([]);
      const read = (await service.client.get(`/api/v1/invoices/${inv.id}`)).json();
      expect(read.notes).toBe('寄给 139****5678');
      expect(
        (await service.client.post('/api/v1/invoices', { customerId: c.id, kind: '普票', amount: 1 }))
          .statusCode,
      ).toBe(403);
      expect((await service.client.delete(`/api/v1/invoices/${inv.id}`)).statusCode).toBe(403);

      expect((await owner.delete(`/api/v1/invoices/${inv.id}`)).statusCode).toBe(204);
      expect((await owner.get(`/api/v1/invoices/${inv.id}`)).statusCode).toBe(404);
      const bin = (await owner.get('/api/v1/recycle-bin')).json().items;
      expect(bin).toContainEqual(expect.objectContaining({ type: 'invoice', id: inv.id, title: '¥5000.00' }));
      expect((await service.client.post(`/api/v1/recycle-bin/invoice/${inv.id}/restore`)).statusCode).toBe(
        404,
      );
      expect((await owner.post(`/api/v1/recycle-bin/invoice/${inv.id}/restore`)).statusCode).toBe(204);
      expect((await owner.get(`/api/v1/invoices/${inv.id}`)).json()).toMatchObject({ version: 3 });
    });
  });
}
