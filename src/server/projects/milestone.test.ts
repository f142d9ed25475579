import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { createCustomer } from '../../../test/builders';
import { type Client, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { setClockOffset } from '../clock';

const TODAY = todayIn('Asia/Shanghai');
type Milestone = { id: string; code: string; status: string; version: number; actualDate: string | null };

for (const dialect of DIALECTS) {
  describe(`milestones (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;
    afterEach(() => setClockOffset(0));

    const project = async (body: Record<string, unknown> = {}) => {
      const c = await createCustomer(owner);
      const response = await owner.post('/api/v1/projects', {
        customerId: c.id,
        name: '数据中台',
        contractAmount: 1_000_000,
        ...body,
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json();
    };
    const add = (projectId: string, body: Record<string, unknown>) =>
      owner.post(`/api/v1/projects/${projectId}/milestones`, body);

    it('are numbered M1…Mn in order, new ones after the last, even one in the recycle bin', async () => {
      owner = await setupOwner(t().app);
      const p = await project({
        milestones: [
          { content: '调研', plannedDate: addDays(TODAY, 3) },
          { content: '开发', plannedDate: addDays(TODAY, 30) },
        ],
      });
      const m3 = (await add(p.id, { content: '验收', plannedDate: addDays(TODAY, 60) })).json();
      expect(m3).toMatchObject({ code: 'M3', seq: 3, status: 'pending', projectId: p.id });
      expect((await owner.delete(`/api/v1/milestones/${m3.id}`)).statusCode).toBe(204);
      const m4 = (await add(p.id, { content: '培训', plannedDate: addDays(TODAY, 70) })).json();
      expect(m4.code).toBe('M4');
      const codes = (await owner.get(`/api/v1/projects/${p.id}`))
        .json()
        .milestones.map((m: Milestone) => m.code);
      expect(codes).toEqual(['M1', 'M2', 'M4']);
      expect((await owner.post(`/api/v1/recycle-bin/milestone/${m3.id}/restore`)).statusCode).toBe(204);
      expect(
        (await owner.get(`/api/v1/projects/${p.id}`)).json().milestones.map((m: Milestone) => m.code),
      ).toEqual(['M1', 'M2', 'M3', 'M4']);
    });

    it('are delayed past their plan, and saved late only with a reason for the delay', async () => {
      const p = await project();
      const late = await add(p.id, { content: '上线', plannedDate: addDays(TODAY, -2) });
      expect(late.statusCode).toBe(400);
      expect(late.json().errors).toEqual([
        expect.objectContaining({ path: 'delayReason', code: 'FIELD_REQUIRED' }),
      ]);
      const m = (
        await add(p.id, { content: '上线', plannedDate: addDays(TODAY, -2), delayReason: '机房未就绪' })
      ).json() as Milestone;
      expect(m.status).toBe('delayed');
      expect(
        (await owner.get(`/api/v1/projects?delayed=true`)).json().items.map((x: { id: string }) => x.id),
      ).toEqual([p.id]);
      // Done after the plan is still late: the reason stays required (here it is kept from before).
      const done = await owner.patch(`/api/v1/milestones/${m.id}`, { version: m.version, actualDate: TODAY });
      expect(done.json()).toMatchObject({ status: 'done', delayReason: '机房未就绪' });
      const cleared = await owner.patch(`/api/v1/milestones/${m.id}`, { version: 2, delayReason: null });
      expect(cleared.json().errors[0]).toMatchObject({ path: 'delayReason', code: 'FIELD_REQUIRED' });

      const onTime = (await add(p.id, { content: '验收', plannedDate: TODAY })).json() as Milestone;
      expect(onTime.status).toBe('pending');
      const early = await owner.patch(`/api/v1/milestones/${onTime.id}`, {
        version: 1,
        actualDate: addDays(TODAY, -1),
      });
      expect(early.json()).toMatchObject({ status: 'done', delayReason: null });
      // The list row carries the board card's counts: both done, none delayed now.
      const row = (await owner.get(`/api/v1/projects?customerId=${p.customer.id}`))
        .json()
        .items.find((x: { id: string }) => x.id === p.id);
      expect(row).toMatchObject({ delayed: false, milestoneCounts: { done: 2, total: 2 } });
    });

    it('turn delayed when the day passes (test clock): an edit then needs the reason', async () => {
      const p = await project({ milestones: [{ content: '交付', plannedDate: TODAY }] });
      const m = p.milestones[0] as Milestone;
      expect(m.status).toBe('pending');
      setClockOffset(86_400_000);
      const p2 = (await owner.get(`/api/v1/projects/${p.id}`)).json();
      expect(p2).toMatchObject({ delayed: true, milestones: [{ status: 'delayed' }] });
      const edit = await owner.patch(`/api/v1/milestones/${m.id}`, { version: 1, deliverables: '报告' });
      expect(edit.json().errors[0]).toMatchObject({ path: 'delayReason', code: 'FIELD_REQUIRED' });
    });

    it('fall bound installments due on completion plus the payment term; reopening takes it back', async () => {
      const workspace = (await owner.get('/api/v1/workspace')).json();
      const term = await owner.patch('/api/v1/workspace', {
        version: workspace.version,
        settings: { deals: { ...workspace.settings.deals, paymentTermDays: 15 } },
      });
      expect(term.statusCode, term.body).toBe(200);
      const p = await project({
        milestones: [{ content: '终验', plannedDate: addDays(TODAY, 5) }],
        installments: [{ name: '尾款', amountDue: 1_000_000, milestoneSeq: 1 }],
      });
      const [m] = p.milestones as Milestone[];
      expect(p.installments[0]).toMatchObject({ effectiveDueDate: null, status: 'pending' });
      const done = await owner.patch(`/api/v1/milestones/${m!.id}`, {
        version: m!.version,
        actualDate: addDays(TODAY, -20),
      });
      expect(done.statusCode, done.body).toBe(200);
      const due = (await owner.get(`/api/v1/projects/${p.id}`)).json().installments[0];
      expect(due).toMatchObject({ effectiveDueDate: addDays(TODAY, -5), status: 'overdue', daysOverdue: 5 });

      // A longer payment term moves the due dates of installments already bound to done milestones.
      const current = (await owner.get('/api/v1/workspace')).json();
      await owner.patch('/api/v1/workspace', {
        version: current.version,
        settings: { deals: { ...current.settings.deals, paymentTermDays: 30 } },
      });
      const later = (await owner.get(`/api/v1/projects/${p.id}`)).json().installments[0];
      expect(later).toMatchObject({
        effectiveDueDate: addDays(TODAY, 10),
        status: 'pending',
        daysOverdue: 0,
      });

      const reopened = await owner.patch(`/api/v1/milestones/${m!.id}`, { version: 2, actualDate: null });
      expect(reopened.json()).toMatchObject({ status: 'pending' });
      const back = (await owner.get(`/api/v1/projects/${p.id}`)).json().installments[0];
      expect(back).toMatchObject({ effectiveDueDate: null, status: 'pending', daysOverdue: 0 });
    });

    it('bind only installments of their own project', async () => {
      const a = await project({ milestones: [{ content: '一', plannedDate: addDays(TODAY, 1) }] });
      const b = await project();
      const wrong = await owner.post(`/api/v1/projects/${b.id}/installments`, {
        name: '尾款',
        amountDue: 1,
        milestoneId: a.milestones[0].id,
      });
      expect(wrong.statusCode).toBe(422);
      expect(wrong.json()).toMatchObject({
        code: 'MILESTONE_NOT_OF_PROJECT',
        errors: [{ path: 'milestoneId', code: 'MILESTONE_NOT_OF_PROJECT' }],
      });
      const stale = await owner.patch(`/api/v1/milestones/${a.milestones[0].id}`, {
        version: 9,
        content: 'x',
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().current).toMatchObject({ code: 'M1', version: 1 });
    });
  });
}
