import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../domain/dates';
import { createCustomer } from '../../../test/builders';
import { type Client, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { startRobotReceiver } from '../../../test/notification-receivers';
import { deliverDueNotifications } from '../notifications/deliver.service';
import { sendDigests, sendDueReminders } from './reminders.service';

const TODAY = todayIn('Asia/Shanghai');
/** 09:00 and 07:00 in Shanghai today. */
const NINE = new Date(`${TODAY}T01:00:00Z`);
const SEVEN = new Date(Date.parse(`${TODAY}T01:00:00Z`) - 2 * 3600_000);

for (const dialect of DIALECTS) {
  describe(`reminders: the morning digest and due-now reminders (${dialect})`, () => {
    const t = useTestApp(dialect);
    let robot: Awaited<ReturnType<typeof startRobotReceiver>>;
    let owner: Client;
    beforeAll(async () => {
      robot = await startRobotReceiver();
    });
    afterAll(async () => robot.close());
    const db = () => t().database.db;
    const deliver = () => deliverDueNotifications(db(), t().app.notifications, { spacingMs: 0 });

    it('sends each member one digest a day, even when two app instances run the job at once', async () => {
      owner = await setupOwner(t().app);
      await owner.post('/api/v1/notification-channels', {
        scope: 'workspace',
        kind: 'wecom',
        name: '销售群',
        webhookUrl: `${robot.base}/cgi-bin/webhook/send?key=digest-key-0001`,
        kinds: ['digest', 'task'],
      });
      await createCustomer(owner, { grade: 'A', name: '杭州晨报科技有限公司' });
      await owner.post('/api/v1/tasks', { title: '给张总回电话', dueDate: TODAY });

      expect(await sendDigests(db(), SEVEN)).toEqual({ digests: 0 });
      const [a, b] = await Promise.all([sendDigests(db(), NINE), sendDigests(db(), NINE)]);
      expect(a.digests + b.digests).toBe(1);
      expect(await sendDigests(db(), NINE)).toEqual({ digests: 0 });

      await deliver();
      const messages = robot.requests.filter((r) => r.path.includes('webhook'));
      expect(messages).toHaveLength(1);
      const text = JSON.stringify(messages[0]!.body);
      expect(text).toContain('今日待办：1 位客户该跟进了，1 项待办到期');
      expect(text).toContain('杭州晨报科技有限公司：A 级 · 每 3 天 · 还没跟进过 · 今天到期');
      expect(text).toContain('给张总回电话');
    });

    it('reminds of what became due after the digest, once, and warns the owner of a missing holiday year', async () => {
      expect(await sendDueReminders(db(), NINE)).toEqual({ reminders: 0 });
      await owner.post('/api/v1/tasks', { title: '下午把报价单发出去', dueDate: TODAY });
      expect(await sendDueReminders(db(), NINE)).toEqual({ reminders: 1 });
      expect(await sendDueReminders(db(), NINE)).toEqual({ reminders: 0 });
      const bell = (await owner.get('/api/v1/notifications')).json().items;
      expect(bell[0]).toMatchObject({ kind: 'task', title: '今天到期：下午把报价单发出去' });

      const { lastCoveredYear } = (await owner.get('/api/v1/working-days')).json();
      // From 61 days before the missing year (today may already be that close: then the first digest run told it).
      await sendDigests(db(), new Date(`${lastCoveredYear}-12-01T01:00:00Z`));
      const notices = (await owner.get('/api/v1/notifications')).json().items as { kind: string }[];
      expect(notices.find((n) => n.kind === 'system')).toMatchObject({
        kind: 'system',
        title: `请补充 ${lastCoveredYear + 1} 年的节假日安排`,
      });
    });
  });
}
