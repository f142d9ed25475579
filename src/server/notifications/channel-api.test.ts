import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createMember, DIALECTS, setupOwner, useTestApp } from '../../../test/harness';
import { startRobotReceiver } from '../../../test/notification-receivers';

const TOKEN = 'ddtoken0123456789abcdef';
const SIGN = 'SECsign0123456789abcdef0123';

for (const dialect of DIALECTS) {
  describe(`notifications: channels, tests and the delivery log (${dialect})`, () => {
    const t = useTestApp(dialect);
    let robot: Awaited<ReturnType<typeof startRobotReceiver>>;
    let owner: Client;
    let sales: Client;
    let ids: { owner: string; sales: string };
    beforeAll(async () => {
      robot = await startRobotReceiver();
      owner = await setupOwner(t().app);
      const member = await createMember(t().app, owner, 'sales', '李娜');
      sales = member.client;
      ids = { owner: (await owner.get('/api/v1/me')).json().user.id, sales: member.user.id };
    });
    afterAll(() => robot.close());

    let robotId: string;
    it('stores robot secrets sealed and never returns them', async () => {
      const webhookUrl = `${robot.base}/robot/send?access_token=${TOKEN}`;
      const created = await owner.post('/api/v1/notification-channels', {
        scope: 'workspace',
        kind: 'dingtalk',
        name: '销售群机器人',
        webhookUrl,
        signSecret: SIGN,
        kinds: ['digest', 'due'],
      });
      expect(created.statusCode).toBe(201);
      expect(created.body).not.toContain(TOKEN);
      expect(created.body).not.toContain(SIGN);
      robotId = created.json().id;
      expect(created.json()).toMatchObject({
        scope: 'workspace',
        kind: 'dingtalk',
        enabled: true,
        kinds: ['digest', 'due'],
        target: `${robot.base}/robot/send?access_token=ddto****cdef`,
        hasSecret: true,
        owner: null,
        version: 1,
      });
      const row = await t()
        .database.db.selectFrom('notification_channels')
        .selectAll()
        .where('id', '=', robotId)
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(row)).not.toContain(TOKEN);
      expect(JSON.stringify(row)).not.toContain(SIGN);
      expect((await owner.get('/api/v1/notification-channels')).body).not.toContain(TOKEN);
    });

    it('checks each field: robot webhooks are https on the platform, http only on this machine', async () => {
      const bad = await owner.post('/api/v1/notification-channels', {
        kind: 'wecom',
        name: '群机器人',
        webhookUrl: 'http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=1',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toEqual([
        {
          path: 'webhookUrl',
          code: 'NOTIFICATION_URL_INVALID',
          message: expect.stringContaining('https://'),
        },
      ]);
      const missing = await owner.post('/api/v1/notification-channels', { kind: 'feishu', name: '飞书' });
      expect(missing.json().errors).toMatchObject([{ path: 'webhookUrl', code: 'FIELD_REQUIRED' }]);
      const mail = await sales.post('/api/v1/notification-channels', {
        kind: 'email',
        name: '我的邮箱',
        to: 'lina＠example.com',
        smtpHost: '10.0.0.5',
      });
      expect(mail.json().errors).toMatchObject([{ path: 'smtpHost', code: 'FORBIDDEN' }]);
      const server = await owner.post('/api/v1/notification-channels', {
        scope: 'workspace',
        kind: 'email',
        name: '发信邮箱',
        smtpFrom: 'not-an-address',
      });
      expect(server.json().errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`)).toEqual([
        'smtpHost:FIELD_REQUIRED',
        'smtpFrom:EMAIL_INVALID',
      ]);
    });

    it('lets any member keep channels of their own; the workspace’s are for owners and admins', async () => {
      const input = {
        scope: 'workspace',
        kind: 'wecom',
        name: '群',
        webhookUrl: `${robot.base}/cgi-bin/webhook/send?key=k1`,
      };
      expect((await sales.post('/api/v1/notification-channels', input)).statusCode).toBe(403);
      const mine = await sales.post('/api/v1/notification-channels', {
        ...input,
        scope: 'personal',
        name: '我的群',
      });
      expect(mine.statusCode).toBe(201);
      expect(mine.json()).toMatchObject({
        scope: 'personal',
        owner: { id: ids.sales, name: '李娜' },
        hasSecret: false,
      });
      const salesSees = (await sales.get('/api/v1/notification-channels')).json().items;
      expect(salesSees.map((c: { name: string }) => c.name)).toEqual(['我的群']);
      const ownerSees = (await owner.get('/api/v1/notification-channels')).json().items;
      expect(ownerSees.map((c: { name: string }) => c.name)).toEqual(['销售群机器人']);
      expect(
        (await sales.patch(`/api/v1/notification-channels/${robotId}`, { name: 'x', version: 1 })).statusCode,
      ).toBe(404);
      expect((await sales.delete(`/api/v1/notification-channels/${robotId}`)).statusCode).toBe(404);
    });

    it('updates with the version, keeping secrets unless replaced or cleared', async () => {
      const renamed = await owner.patch(`/api/v1/notification-channels/${robotId}`, {
        name: '销售一部群',
        version: 1,
      });
      expect(renamed.json()).toMatchObject({ name: '销售一部群', hasSecret: true, version: 2 });
      expect(
        (await owner.patch(`/api/v1/notification-channels/${robotId}`, { name: 'y', version: 1 })).statusCode,
      ).toBe(409);
      const tested = (await owner.post(`/api/v1/notification-channels/${robotId}/test`)).json();
      expect(tested).toEqual({ ok: true, error: null });
      const request = robot.requests.at(-1)!;
      expect(request.query.get('access_token')).toBe(TOKEN);
      expect(request.query.get('sign')).toBeTruthy();
      expect(request.body).toMatchObject({ msgtype: 'markdown', markdown: { title: '客易测试消息' } });
      const cleared = await owner.patch(`/api/v1/notification-channels/${robotId}`, {
        signSecret: '',
        version: 2,
      });
      expect(cleared.json()).toMatchObject({ hasSecret: false, version: 3 });
      await owner.post(`/api/v1/notification-channels/${robotId}/test`);
      expect(robot.requests.at(-1)!.query.get('sign')).toBeNull();
      expect(robot.requests.at(-1)!.query.get('access_token')).toBe(TOKEN);
    });

    it('answers a test with what went wrong, in the reader’s language, and logs it without secrets', async () => {
      robot.reply(() => ({ status: 200, body: { errcode: 310000, errmsg: `sign not match ${TOKEN}` } }));
      const zh = (await owner.post(`/api/v1/notification-channels/${robotId}/test`)).json();
      expect(zh).toEqual({
        ok: false,
        error: {
          code: 'ROBOT_ERROR',
          message: expect.stringContaining('机器人拒收了消息（310000 sign not match ****）'),
        },
      });
      owner.locale = 'en-US';
      const en = (await owner.post(`/api/v1/notification-channels/${robotId}/test`)).json();
      expect(en.error.message).toContain('The robot refused the message (310000 sign not match ****)');
      owner.locale = 'zh-CN';
      robot.reply(() => undefined);

      const log = await owner.get('/api/v1/notification-deliveries?limit=2');
      expect(log.body).not.toContain(TOKEN);
      expect(log.json()).toMatchObject({
        items: [
          {
            kind: 'test',
            status: 'failed',
            channel: { id: robotId, kind: 'dingtalk', scope: 'workspace' },
            user: { id: ids.owner },
          },
          { kind: 'test', status: 'failed', error: { code: 'ROBOT_ERROR' } },
        ],
        nextCursor: expect.any(String),
      });
      // Members see their own deliveries only; the owner sees the workspace's.
      const mineId = (await sales.get('/api/v1/notification-channels')).json().items[0].id;
      expect((await sales.post(`/api/v1/notification-channels/${mineId}/test`)).json().ok).toBe(true);
      const salesLog = (await sales.get('/api/v1/notification-deliveries')).json();
      expect(salesLog.items.map((d: { channel: { id: string } }) => d.channel.id)).toEqual([mineId]);
      expect((await owner.get('/api/v1/notification-deliveries')).json().total).toBe(5);
    });

    it('sends a personal e-mail through the workspace’s mail server, or says there is none', async () => {
      const mail = await sales.post('/api/v1/notification-channels', {
        kind: 'email',
        name: '我的邮箱',
        to: 'LiNa@Example.com',
      });
      expect(mail.json()).toMatchObject({
        target: 'lina@example.com',
        to: 'lina@example.com',
        smtpHost: null,
      });
      const outcome = (await sales.post(`/api/v1/notification-channels/${mail.json().id}/test`)).json();
      expect(outcome).toMatchObject({
        ok: false,
        error: { code: 'NO_MAIL_SERVER', message: expect.stringContaining('发信邮箱') },
      });
    });

    it('deletes a channel into the log’s keeping', async () => {
      expect((await owner.delete(`/api/v1/notification-channels/${robotId}`)).statusCode).toBe(204);
      expect((await owner.get('/api/v1/notification-channels')).json().items).toEqual([]);
      expect((await owner.post(`/api/v1/notification-channels/${robotId}/test`)).statusCode).toBe(404);
      expect((await owner.get(`/api/v1/notification-deliveries?channelId=${robotId}`)).json().total).toBe(4);
    });
  });
}
