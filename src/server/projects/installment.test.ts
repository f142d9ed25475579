import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { createCustomer } from '../../../test/builders';
import { type Client, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { setClockOffset } from '../clock';

const TODAY = todayIn('Asia/Shanghai');
type Installment = {
  id: string;
  status: string;
  receivedAmount: number;
  receivedDate: string | null;
  outstandingAmount: number;
  daysOverdue: number;
  version: number;
  payments: { id: string; amount: number }[];
};

for (const dialect of DIALECTS) {
  describe(`installments and payments (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;
    afterEach(() => setClockOffset(0));

    const project = async (installments: Record<string, unknown>[], extra: Record<string, unknown> = {}) => {
      const c = await createCustomer(owner);
      const response = await owner.post('/api/v1/projects', {
        customerId: c.id,
        name: '系统集成',
        contractAmount: 1_000_000,
        installments,
        ...extra,
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { id: string; installments: Installment[]; milestones: { id: string }[] };
    };
    const pay = (id: string, amount: number, date = TODAY) =>
      owner.post(`/api/v1/installments/${id}/payments`, { amount, date });
    const received = async (projectId: string) =>
      (await owner.get(`/api/v1/projects/${projectId}`)).json().receivedAmount as number;

    it('take partial payments, and turn overdue when the day passes unpaid (test clock)', async () => {
      owner = await setupOwner(t().app);
      const p = await project([{ name: '首付款', amountDue: 100_000, dueDate: TODAY }]);
      const [inst] = p.installments;
      const part = await pay(inst!.id, 30_000, addDays(TODAY, -1));
      expect(part.statusCode, part.body).toBe(201);
      expect(part.json()).toMatchObject({
        status: 'pending',
        receivedAmount: 30_000,
        receivedDate: addDays(TODAY, -1),
        outstandingAmount: 70_000,
        payments: [{ amount: 30_000, date: addDays(TODAY, -1) }],
      });
      setClockOffset(2 * 86_400_000);
      const late = (await owner.get(`/api/v1/projects/${p.id}`)).json().installments[0] as Installment;
      expect(late).toMatchObject({ status: 'overdue', daysOverdue: 2, outstandingAmount: 70_000 });
      const rest = await pay(inst!.id, 70_000);
      expect(rest.json()).toMatchObject({ status: 'received', daysOverdue: 0, receivedDate: TODAY });
      expect(await received(p.id)).toBe(100_000);
    });

    it('add up exactly in fen over many partial payments, and refuse more than is still due', async () => {
      const p = await project([
        { name: '首付款', amountDue: 100_000, dueDate: TODAY },
        { name: '尾款', amountDue: 10, dueDate: addDays(TODAY, 30) },
      ]);
      const [a, b] = p.installments;
      for (let i = 0; i < 3; i++) expect((await pay(a!.id, 33_333)).statusCode).toBe(201);
      const over = await pay(a!.id, 2);
      expect(over.statusCode).toBe(422);
      expect(over.json()).toMatchObject({
        code: 'PAYMENT_EXCEEDS_DUE',
        errors: [{ path: 'amount', code: 'PAYMENT_EXCEEDS_DUE' }],
      });
      expect((await pay(a!.id, 1)).json()).toMatchObject({ status: 'received', receivedAmount: 100_000 });
      for (let i = 0; i < 10; i++) await pay(b!.id, 1);
      expect(await received(p.id)).toBe(100_010);
      const again = (await owner.get(`/api/v1/projects/${p.id}`)).json();
      expect(again.installments.map((i: Installment) => [i.receivedAmount, i.payments.length])).toEqual([
        [100_000, 4],
        [10, 10],
      ]);
    });

    it('never let two payments at once pass what is due', async () => {
      const p = await project([{ name: '进度款', amountDue: 100_000, dueDate: TODAY }]);
      const id = p.installments[0]!.id;
      const answers = await Promise.all([pay(id, 60_000), pay(id, 60_000), pay(id, 30_000)]);
      expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 201, 422]);
      expect(await received(p.id)).toBe(90_000);
    });

    it('drop a mistaken payment to the recycle bin, and bring it back only while it still fits', async () => {
      const p = await project([{ name: '首付款', amountDue: 100_000, dueDate: TODAY }]);
      const id = p.installments[0]!.id;
      const wrong = (await pay(id, 80_000)).json().payments[0];
      expect((await owner.delete(`/api/v1/payments/${wrong.id}`)).statusCode).toBe(204);
      expect(await received(p.id)).toBe(0);
      const bin = (await owner.get('/api/v1/recycle-bin')).json().items;
      expect(bin).toContainEqual(expect.objectContaining({ type: 'payment', id: wrong.id }));
      expect((await owner.post(`/api/v1/recycle-bin/payment/${wrong.id}/restore`)).statusCode).toBe(204);
      expect(await received(p.id)).toBe(80_000);
      await owner.delete(`/api/v1/payments/${wrong.id}`);
      await pay(id, 50_000);
      const refused = await owner.post(`/api/v1/recycle-bin/payment/${wrong.id}/restore`);
      expect(refused.json()).toMatchObject({ code: 'PAYMENT_EXCEEDS_DUE' });
      expect(await received(p.id)).toBe(50_000);
    });

    it('take a due date or a milestone, never both or neither; switching one clears the other', async () => {
      const p = await project([{ name: '首付款', amountDue: 100_000, dueDate: TODAY }], {
        milestones: [{ content: '交付', plannedDate: addDays(TODAY, 9) }],
      });
      const neither = await owner.post(`/api/v1/projects/${p.id}/installments`, {
        name: '尾款',
        amountDue: 5,
      });
      expect(neither.json()).toMatchObject({
        code: 'INSTALLMENT_DUE_ONE',
        errors: [{ path: 'dueDate', code: 'INSTALLMENT_DUE_ONE' }],
      });
      const inst = p.installments[0]!;
      const bound = await owner.patch(`/api/v1/installments/${inst.id}`, {
        version: inst.version,
        milestoneId: p.milestones[0]!.id,
      });
      expect(bound.json()).toMatchObject({
        dueDate: null,
        milestoneId: p.milestones[0]!.id,
        effectiveDueDate: null,
      });
      const both = await owner.patch(`/api/v1/installments/${inst.id}`, {
        version: 2,
        dueDate: TODAY,
        milestoneId: p.milestones[0]!.id,
      });
      expect(both.json().code).toBe('INSTALLMENT_DUE_ONE');
      const stale = await owner.patch(`/api/v1/installments/${inst.id}`, { version: 1, name: '定金' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().current).toMatchObject({ version: 2, milestoneId: p.milestones[0]!.id });
    });

    it('go to the recycle bin with their payments; the amount due never drops below what was paid', async () => {
      const p = await project([
        { name: '首付款', amountDue: 100_000, dueDate: TODAY },
        { name: '尾款', amountDue: 900_000, dueDate: addDays(TODAY, 30) },
      ]);
      const [a, b] = p.installments;
      await pay(a!.id, 60_000);
      await pay(b!.id, 5_000);
      const below = await owner.patch(`/api/v1/installments/${a!.id}`, { version: 1, amountDue: 50_000 });
      expect(below.json()).toMatchObject({ errors: [{ path: 'amountDue', code: 'PAYMENT_EXCEEDS_DUE' }] });
      expect((await owner.delete(`/api/v1/installments/${a!.id}`)).statusCode).toBe(204);
      const left = (await owner.get(`/api/v1/projects/${p.id}`)).json();
      expect(left).toMatchObject({
        receivedAmount: 5_000,
        installmentsTotal: 900_000,
        unscheduledAmount: 100_000,
      });
      expect((await owner.post(`/api/v1/recycle-bin/installment/${a!.id}/restore`)).statusCode).toBe(204);
      const back = (await owner.get(`/api/v1/projects/${p.id}`)).json();
      expect(back).toMatchObject({
        receivedAmount: 65_000,
        installmentsTotal: 1_000_000,
        unscheduledAmount: 0,
      });
      expect(back.installments[0].payments).toHaveLength(1);
    });
  });
}
