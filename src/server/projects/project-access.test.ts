import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

const TODAY = todayIn('Asia/Shanghai');

for (const dialect of DIALECTS) {
  describe(`delivery projects: who sees them, and the recycle bin (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    it('shows sales only their customers’ projects; service reads and completes milestones, but creates none', async () => {
      owner = await setupOwner(t().app);
      const sales = await createMember(t().app, owner, 'sales');
      const service = await createMember(t().app, owner, 'service');
      const theirs = await createCustomer(owner);
      const p = (
        await owner.post('/api/v1/projects', {
          customerId: theirs.id,
          name: '别人的项目',
          contractAmount: 1,
          milestones: [{ content: '交付', plannedDate: TODAY }],
        })
      ).json();
      expect((await sales.client.get(`/api/v1/projects/${p.id}`)).statusCode).toBe(404);
      expect((await sales.client.get(`/api/v1/projects?customerId=${theirs.id}`)).json().total).toBe(0);
      expect(
        (await sales.client.patch(`/api/v1/projects/${p.id}`, { version: 1, name: 'x' })).statusCode,
      ).toBe(404);
      const m = p.milestones[0];
      expect(
        (await sales.client.patch(`/api/v1/milestones/${m.id}`, { version: 1, actualDate: TODAY }))
          .statusCode,
      ).toBe(404);

      expect(
        (await service.client.post('/api/v1/projects', { customerId: theirs.id, name: 'x' })).statusCode,
      ).toBe(403);
      expect((await service.client.get(`/api/v1/projects/${p.id}`)).statusCode).toBe(200);
      const done = await service.client.patch(`/api/v1/milestones/${m.id}`, {
        version: 1,
        actualDate: TODAY,
      });
      expect(done.json()).toMatchObject({ status: 'done', actualDate: TODAY, version: 2 });
    });

    it('goes to the recycle bin with its milestones, installments and payments, and comes back with them', async () => {
      const c = await createCustomer(owner);
      const p = (
        await owner.post('/api/v1/projects', {
          customerId: c.id,
          name: '待删除',
          contractAmount: 200_000,
          milestones: [{ content: '交付', plannedDate: addDays(TODAY, 5) }],
          installments: [
            { name: '首付款', amountDue: 100_000, dueDate: addDays(TODAY, -1) },
            { name: '尾款', amountDue: 100_000, milestoneSeq: 1 },
          ],
        })
      ).json();
      await owner.post(`/api/v1/installments/${p.installments[0].id}/payments`, {
        amount: 40_000,
        date: TODAY,
      });
      const owed = async () =>
        (await owner.get(`/api/v1/receivables?view=overdue&customerId=${c.id}`)).json().items.length;
      expect(await owed()).toBe(1);

      expect((await owner.delete(`/api/v1/projects/${p.id}`)).statusCode).toBe(204);
      expect((await owner.get(`/api/v1/projects/${p.id}`)).statusCode).toBe(404);
      expect((await owner.get(`/api/v1/projects?customerId=${c.id}`)).json().total).toBe(0);
      expect(await owed()).toBe(0);
      const bin = (await owner.get('/api/v1/recycle-bin')).json().items;
      expect(bin.filter((i: { id: string }) => i.id === p.id)).toEqual([
        expect.objectContaining({ type: 'project', title: `${p.number} 待删除` }),
      ]);
      // What went with the project is restored through it, not on its own.
      expect(
        bin.some((i: { type: string }) => ['milestone', 'installment', 'payment'].includes(i.type)),
      ).toBe(false);

      expect((await owner.post(`/api/v1/recycle-bin/project/${p.id}/restore`)).statusCode).toBe(204);
      const back = (await owner.get(`/api/v1/projects/${p.id}`)).json();
      expect(back).toMatchObject({ receivedAmount: 40_000, version: p.version + 2 });
      expect(back.milestones).toHaveLength(1);
      expect(back.installments.map((i: { receivedAmount: number }) => i.receivedAmount)).toEqual([40_000, 0]);
      expect(back.installments[0].payments).toHaveLength(1);
      expect(await owed()).toBe(1);
    });
  });
}
