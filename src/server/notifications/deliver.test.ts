import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import type { DB } from '../db/schema';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import {
  readMail,
  SMTP_PASSWORD,
  SMTP_USER,
  startMailReceiver,
  startRobotReceiver,
} from '../../../test/notification-receivers';
import { deliverDueNotifications, type DeliverOptions } from './deliver.service';
import { notify } from './notify.service';

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

for (const dialect of DIALECTS) {
  describe(`notifications: delivering the outbox (${dialect})`, () => {
    const t = useTestApp(dialect);
    let robot: Awaited<ReturnType<typeof startRobotReceiver>>;
    let smtp: Awaited<ReturnType<typeof startMailReceiver>>;
    let owner: Client;
    let workspaceId: string;
    let userId: string;
    beforeAll(async () => {
      robot = await startRobotReceiver();
      smtp = await startMailReceiver();
    });
    afterAll(async () => {
      await robot.close();
      await smtp.close();
    });

    const db = () => t().database.db;
    const deliver = (options: DeliverOptions = {}, on: DB = db()) =>
      deliverDueNotifications(on, t().app.notifications, { spacingMs: 0, ...options });
    const send = (title: string, kind: 'due' | 'digest' | 'task' = 'due', body = '') =>
      notify(db(), { workspaceId, userId, kind, title, body, link: '/customers/1' });
    const robotCalls = (path: string) => robot.requests.filter((r) => r.path.startsWith(path));
    const statuses = async () =>
      (
        await db()
          .selectFrom('notification_deliveries')
          .select('status')
          .where('kind', '!=', 'test')
          .execute()
      )
        .map((r) => r.status)
        .sort();

    it('merges what is due for one target into one digest message per channel', async () => {
      owner = await setupOwner(t().app);
      const me = (await owner.get('/api/v1/me')).json();
      workspaceId = me.workspace.id;
      userId = me.user.id;
      const add = (body: Record<string, unknown>) => owner.post('/api/v1/notification-channels', body);
      const wecom = await add({
        scope: 'workspace',
        kind: 'wecom',
        name: '销售群',
        webhookUrl: `${robot.base}/cgi-bin/webhook/send?key=team-key-0001`,
        kinds: ['digest', 'due'],
      });
      expect(wecom.statusCode).toBe(201);
      await add({
        scope: 'workspace',
        kind: 'email',
        name: '发信邮箱',
        smtpHost: '127.0.0.1',
        smtpPort: smtp.port,
        smtpSecure: false,
        smtpUser: SMTP_USER,
        smtpPassword: SMTP_PASSWORD,
        smtpFrom: SMTP_USER,
        kinds: [],
      });
      await add({ kind: 'email', name: '我的邮箱', to: 'wangfang@keyi-test.cn', kinds: ['due'] });
      await add({
        kind: 'feishu',
        name: '我的飞书',
        webhookUrl: `${robot.base}/open-apis/bot/v2/hook/feishu-me-0001`,
        signSecret: 'feishu-secret',
        kinds: ['due'],
      });

      await send('杭州云帆 今天该跟进了', 'due', '上次约好周三电话确认方案');
      await send('上海星河 已逾期 2 天', 'due');
      await send('今日摘要：3 位客户待跟进', 'digest');
      expect((await send('给李总发合同', 'task')).queued).toBe(0);

      const summary = await deliver();
      expect(summary).toMatchObject({ claimed: 7, messages: 3, sent: 7, failed: 0, retrying: 0 });
      const [team] = robotCalls('/cgi-bin');
      expect(robotCalls('/cgi-bin')).toHaveLength(1);
      const content = (team!.body.markdown as { content: string }).content;
      expect(
        content.startsWith(
          '### 客易提醒：3 条新通知\n\n**1. 杭州云帆 今天该跟进了**\n\n上次约好周三电话确认方案',
        ),
      ).toBe(true);
      expect(content).toContain('**3. 今日摘要：3 位客户待跟进**');
      // No KEYI_PUBLIC_URL in tests: in-app links stay out of messages that leave the app.
      expect(content).not.toContain('/customers/1');
      const [feishu] = robotCalls('/open-apis');
      expect(feishu!.body).toMatchObject({
        msg_type: 'post',
        content: { post: { zh_cn: { title: '客易提醒：2 条新通知' } } },
      });
      expect(smtp.mails).toHaveLength(1);
      const mail = readMail(smtp.mails[0]!.raw);
      expect(mail.subject).toBe('客易提醒：2 条新通知');
      expect(mail.text).toContain('杭州云帆 今天该跟进了\n上次约好周三电话确认方案');
      expect(await statuses()).toEqual(Array(7).fill('sent'));
      const batches = await db()
        .selectFrom('notification_deliveries')
        .select(['channel_id', 'batch_id'])
        .where('kind', '!=', 'test')
        .execute();
      expect(new Set(batches.map((b) => b.batch_id)).size).toBe(3);
      expect(await deliver()).toMatchObject({ claimed: 0 });
    });

    it('retries with back-off when the robot answers 500 or a non-zero errcode, then gives up', async () => {
      const before = robot.requests.length;
      let answers = [
        { status: 500, body: { errmsg: 'busy' } },
        { status: 200, body: { errcode: 45009, errmsg: 'api freq out of limit' } },
      ];
      robot.reply((r) => (r.path.startsWith('/cgi-bin') ? answers.shift() : undefined));
      await send('北京远景 该回访了', 'digest');
      const row = () =>
        db()
          .selectFrom('notification_deliveries')
          .selectAll()
          .where('title', '=', '北京远景 该回访了')
          .executeTakeFirstOrThrow();

      expect(await deliver()).toMatchObject({ claimed: 1, retrying: 1 });
      expect(await row()).toMatchObject({
        status: 'pending',
        attempts: 1,
        error_code: 'HTTP_STATUS',
        last_error: 'HTTP 500',
      });
      const wait = new Date((await row()).next_attempt_at).getTime() - Date.now();
      expect(wait).toBeGreaterThan(50_000);
      expect(wait).toBeLessThanOrEqual(60_000);
      expect(await deliver()).toMatchObject({ claimed: 0 });
      expect(await deliver({ now: minutes(1.1) })).toMatchObject({ claimed: 1, retrying: 1 });
      expect(await row()).toMatchObject({
        attempts: 2,
        error_code: 'ROBOT_ERROR',
        last_error: '45009 api freq out of limit',
      });
      expect(await deliver({ now: minutes(6.2) })).toMatchObject({ sent: 1 });
      expect(await row()).toMatchObject({ status: 'sent', attempts: 3, error_code: null });
      expect(robot.requests.length - before).toBe(3);

      answers = Array(5).fill({ status: 500, body: {} });
      await send('深圳前海 该回访了', 'digest');
      const failing = () =>
        db()
          .selectFrom('notification_deliveries')
          .selectAll()
          .where('title', '=', '深圳前海 该回访了')
          .executeTakeFirstOrThrow();
      for (const at of [0, 1.1, 6.2, 36.3, 156.4]) await deliver({ now: minutes(at) });
      expect(await failing()).toMatchObject({ status: 'failed', attempts: 5, last_error: 'HTTP 500' });
      expect(await deliver({ now: minutes(600) })).toMatchObject({ claimed: 0 });
      robot.reply(() => undefined);
    });

    it('sends each message once when two app instances run the job at the same moment', async () => {
      let other: DB = db();
      let close = async () => {};
      if (dialect === 'postgres') {
        // A second pool on the same schema: two instances, one database.
        const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db());
        const second = openDatabase({
          databaseUrl: process.env.KEYI_TEST_PG ?? null,
          sqliteFile: '',
          pgSchema: rows[0]!.schema,
          pgPoolSize: 3,
        });
        other = second.db;
        close = second.close;
      }
      const before = robot.requests.length;
      const mailsBefore = smtp.mails.length;
      for (let i = 1; i <= 6; i++) await send(`第 ${i} 位客户该跟进了`);
      const [a, b] = await Promise.all([deliver(), deliver({}, other)]);
      await close();
      expect(a.claimed + b.claimed).toBe(18);
      expect(a.sent + b.sent).toBe(18);
      expect(robot.requests.length - before).toBe(2);
      expect(smtp.mails.length - mailsBefore).toBe(1);
      expect((await statuses()).filter((s) => s !== 'sent')).toEqual(['failed']);
    });

    it('says whose each reminder is when a team robot gets several people’s at once', async () => {
      const member = await createMember(t().app, owner, 'sales', '李娜');
      const before = robotCalls('/cgi-bin').length;
      await send('杭州云帆 今天该跟进了');
      await notify(db(), { workspaceId, userId: member.user.id, kind: 'due', title: '上海星河 该回访了' });
      await deliver();
      const calls = robotCalls('/cgi-bin').slice(before);
      expect(calls).toHaveLength(1);
      const content = (calls[0]!.body.markdown as { content: string }).content;
      expect(content).toContain('**1. 【王芳】杭州云帆 今天该跟进了**');
      expect(content).toContain('**2. 【李娜】上海星河 该回访了**');
    });

    it('fails what was queued for a channel that has since been deleted, without sending it', async () => {
      const channels = (await owner.get('/api/v1/notification-channels')).json().items as {
        id: string;
        name: string;
      }[];
      const feishu = channels.find((c) => c.name === '我的飞书')!;
      await send('最后一条');
      expect((await owner.delete(`/api/v1/notification-channels/${feishu.id}`)).statusCode).toBe(204);
      const before = robotCalls('/open-apis').length;
      expect(await deliver()).toMatchObject({ claimed: 3, sent: 2, failed: 1 });
      expect(robotCalls('/open-apis')).toHaveLength(before);
      const log = (
        await owner.get(`/api/v1/notification-deliveries?channelId=${feishu.id}&status=failed`)
      ).json();
      expect(log.items[0]).toMatchObject({
        title: '最后一条',
        error: { code: 'CHANNEL_UNAVAILABLE', message: '该渠道已停用或删除' },
      });
    });
  });
}
