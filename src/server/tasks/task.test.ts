import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { createCustomer } from '../../../test/builders';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';

const TODAY = todayIn('Asia/Shanghai');
type Task = {
  id: string;
  title: string;
  source: string;
  done: boolean;
  version: number;
  dueDate: string | null;
};

for (const dialect of DIALECTS) {
  describe(`tasks (${dialect})`, () => {
    const t = useTestApp(dialect);
    let owner: Client;

    const mine = async (client: Client, query = '') =>
      (await client.get(`/api/v1/tasks?view=mine${query}`)).json().items as Task[];

    it("turns a follow-up's next actions and commitments into tasks, and ticks them off both ways", async () => {
      owner = await setupOwner(t().app);
      const c = await createCustomer(owner);
      const f = (
        await owner.post('/api/v1/follow-ups', {
          customerId: c.id,
          method: '微信',
          summary: '客户要方案和报价',
          commitments: [
            { text: '周五前发方案', side: 'ours', dueDate: addDays(TODAY, 2) },
            { text: '客户下周一前确认预算', side: 'theirs', dueDate: addDays(TODAY, 5) },
          ],
          nextActions: [{ text: '准备报价单', dueDate: addDays(TODAY, -1) }],
        })
      ).json();
      const tasks = await mine(owner);
      expect(tasks.map((x) => [x.title, x.source, x.dueDate])).toEqual([
        ['准备报价单', 'nextAction', addDays(TODAY, -1)],
        ['周五前发方案', 'commitment', addDays(TODAY, 2)],
        ['客户下周一前确认预算', 'commitment', addDays(TODAY, 5)],
      ]);
      expect((await mine(owner, '&due=overdue')).map((x) => x.title)).toEqual(['准备报价单']);

      // Done on the task → ticked on the follow-up's checklist (and the follow-up's version moves).
      const promise = tasks[1]!;
      const done = await owner.patch(`/api/v1/tasks/${promise.id}`, { version: promise.version, done: true });
      expect(done.json()).toMatchObject({ done: true, followUp: { id: f.id, number: f.number } });
      const after = (await owner.get(`/api/v1/follow-ups/${f.id}`)).json();
      expect(after.commitments[0]).toMatchObject({ text: '周五前发方案', done: true });
      expect(after.version).toBe(f.version + 1);
      expect((await mine(owner)).map((x) => x.title)).not.toContain('周五前发方案');

      // Edited on the follow-up → the same task changes; an item removed takes its task along.
      const edited = await owner.patch(`/api/v1/follow-ups/${f.id}`, {
        version: after.version,
        commitments: [
          { ...after.commitments[0], done: false },
          { ...after.commitments[1], text: '客户周一前确认预算' },
        ],
        nextActions: [],
      });
      expect(edited.statusCode).toBe(200);
      const now = await mine(owner);
      expect(now.map((x) => x.title)).toEqual(['周五前发方案', '客户周一前确认预算']);
      expect(now[0]!.id).toBe(promise.id);

      // Its text belongs to the follow-up: a task edit may move it or tick it, not reword it.
      const reworded = await owner.patch(`/api/v1/tasks/${now[1]!.id}`, {
        version: now[1]!.version,
        title: '改',
      });
      expect(reworded.statusCode).toBe(400);
      expect(reworded.json().errors).toEqual([
        expect.objectContaining({ path: 'title', code: 'TASK_FROM_FOLLOW_UP' }),
      ]);

      // The follow-up to the recycle bin takes its tasks along; restoring it brings them back.
      await owner.delete(`/api/v1/follow-ups/${f.id}`);
      expect(await mine(owner)).toEqual([]);
      expect((await owner.post(`/api/v1/recycle-bin/followUp/${f.id}/restore`)).statusCode).toBe(204);
      expect((await mine(owner)).map((x) => x.title)).toEqual(['周五前发方案', '客户周一前确认预算']);
    });

    it('keeps hand-made tasks with field errors, conflicts and the recycle bin', async () => {
      const c = await createCustomer(owner);
      const bad = await owner.post('/api/v1/tasks', {
        title: ' ',
        assigneeId: 'nobody',
        dueDate: '2026-02-30',
      });
      expect(bad.statusCode).toBe(400);
      expect(
        bad
          .json()
          .errors.map((e: { path: string }) => e.path)
          .sort(),
      ).toEqual(['dueDate', 'title']);
      const unknown = await owner.post('/api/v1/tasks', { title: '寄合同', assigneeId: 'nobody' });
      expect(unknown.json().errors).toEqual([
        expect.objectContaining({ path: 'assigneeId', code: 'MEMBER_INVALID' }),
      ]);

      const task = (
        await owner.post('/api/v1/tasks', { title: '寄合同', customerId: c.id, dueDate: TODAY })
      ).json();
      expect(task).toMatchObject({ source: 'manual', customer: { id: c.id }, assignee: { name: '王芳' } });
      expect((await mine(owner, '&due=today')).map((x) => x.title)).toContain('寄合同');
      const moved = await owner.patch(`/api/v1/tasks/${task.id}`, {
        version: task.version,
        dueDate: addDays(TODAY, 3),
      });
      expect(moved.statusCode).toBe(200);
      const stale = await owner.patch(`/api/v1/tasks/${task.id}`, { version: task.version, done: true });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().current).toMatchObject({ dueDate: addDays(TODAY, 3), done: false });

      const timeline = (await owner.get(`/api/v1/customers/${c.id}/timeline?kinds=task`)).json();
      expect(timeline.items).toEqual([
        expect.objectContaining({ kind: 'task', task: expect.objectContaining({ title: '寄合同' }) }),
      ]);

      expect((await owner.delete(`/api/v1/tasks/${task.id}`)).statusCode).toBe(204);
      expect((await owner.get(`/api/v1/tasks/${task.id}`)).statusCode).toBe(404);
      expect((await owner.post(`/api/v1/recycle-bin/task/${task.id}/restore`)).statusCode).toBe(204);
      expect((await owner.get(`/api/v1/tasks/${task.id}`)).json().done).toBe(false);
    });

    it("shows a sales member their own tasks and their customers', and the team view to everyone in scope", async () => {
      const sales = await createMember(t().app, owner, 'sales');
      const service = await createMember(t().app, owner, 'service');
      const others = await createCustomer(owner);
      const theirs = await createCustomer(sales.client);
      await owner.post('/api/v1/tasks', { title: '老板自己的事', customerId: others.id });
      await owner.post('/api/v1/tasks', { title: '帮销售准备资料', customerId: theirs.id });
      await owner.post('/api/v1/tasks', { title: '交给销售去办', assigneeId: sales.user.id });
      const seen = (await sales.client.get('/api/v1/tasks?view=team')).json().items.map((x: Task) => x.title);
      expect(seen.sort()).toEqual(['交给销售去办', '帮销售准备资料'].sort());
      expect((await mine(sales.client)).map((x) => x.title)).toEqual(['交给销售去办']);
      const onOthers = await sales.client.post('/api/v1/tasks', { title: 'x', customerId: others.id });
      expect(onOthers.json().errors).toEqual([
        expect.objectContaining({ path: 'customerId', code: 'NOT_FOUND' }),
      ]);

      // Service sees the team's tasks but changes only its own.
      const ownersTask = (await owner.post('/api/v1/tasks', { title: '回访安排' })).json();
      const touch = await service.client.patch(`/api/v1/tasks/${ownersTask.id}`, { version: 1, done: true });
      expect(touch.statusCode).toBe(403);
      const own = (await service.client.post('/api/v1/tasks', { title: '整理售后问题' })).json();
      expect(
        (await service.client.patch(`/api/v1/tasks/${own.id}`, { version: 1, done: true })).json().done,
      ).toBe(true);
    });
  });
}
