import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readMail,
  SMTP_PASSWORD,
  SMTP_USER,
  startMailReceiver,
  startRobotReceiver,
} from '../../../test/notification-receivers';
import { packMessages, sendMessage } from './channels/send';
import type { OutgoingMessage, SmtpServer } from './channels/types';

const ONE: OutgoingMessage = {
  locale: 'zh-CN',
  items: [
    {
      title: '今日待办：2 位客户该跟进了',
      body: '杭州云帆信息技术有限公司（A 级）\n上海星河咨询工作室',
      link: 'https://crm.example.com/today',
    },
  ],
};
const MARKDOWN =
  '### 今日待办：2 位客户该跟进了\n\n杭州云帆信息技术有限公司（A 级）\n\n上海星河咨询工作室\n\n' +
  '[查看详情](https://crm.example.com/today)';
const SECRET = 'SEC0123456789abcdef0123456789abcdef';

describe('group robots', () => {
  let robot: Awaited<ReturnType<typeof startRobotReceiver>>;
  beforeAll(async () => {
    robot = await startRobotReceiver();
  });
  afterAll(() => robot.close());

  it('posts WeCom markdown as is, with no signature', async () => {
    await sendMessage(
      { kind: 'wecom', url: `${robot.base}/cgi-bin/webhook/send?key=wk-1`, signSecret: null },
      ONE,
    );
    const request = robot.requests.at(-1)!;
    expect(request.query.get('key')).toBe('wk-1');
    expect(request.body).toEqual({ msgtype: 'markdown', markdown: { content: MARKDOWN } });
  });

  it('signs DingTalk in the query: HMAC-SHA256 of "timestamp\\nsecret", base64, URL-encoded', async () => {
    const before = Date.now();
    const url = `${robot.base}/robot/send?access_token=dt-1`;
    await sendMessage({ kind: 'dingtalk', url, signSecret: SECRET }, ONE);
    const request = robot.requests.at(-1)!;
    const timestamp = request.query.get('timestamp')!;
    expect(Number(timestamp)).toBeGreaterThanOrEqual(before);
    expect(Number(timestamp)).toBeLessThanOrEqual(Date.now());
    const expected = createHmac('sha256', SECRET).update(`${timestamp}\n${SECRET}`).digest('base64');
    expect(request.query.get('sign')).toBe(expected);
    expect(request.query.get('access_token')).toBe('dt-1');
    expect(request.body).toEqual({
      msgtype: 'markdown',
      markdown: { title: '今日待办：2 位客户该跟进了', text: MARKDOWN },
    });
  });

  it('signs Feishu in the body: HMAC-SHA256 keyed with "timestamp\\nsecret" over nothing', async () => {
    const url = `${robot.base}/open-apis/bot/v2/hook/feishu-hook-1`;
    await sendMessage({ kind: 'feishu', url, signSecret: SECRET }, ONE);
    const { body } = robot.requests.at(-1)!;
    const timestamp = String(body.timestamp);
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(5);
    expect(body.sign).toBe(createHmac('sha256', `${timestamp}\n${SECRET}`).update('').digest('base64'));
    expect(body).toEqual({
      timestamp,
      sign: body.sign,
      msg_type: 'post',
      content: {
        post: {
          zh_cn: {
            title: '今日待办：2 位客户该跟进了',
            content: [
              [{ tag: 'text', text: '杭州云帆信息技术有限公司（A 级）' }],
              [{ tag: 'text', text: '上海星河咨询工作室' }],
              [{ tag: 'a', text: '查看详情', href: 'https://crm.example.com/today' }],
            ],
          },
        },
      },
    });
  });

  it('treats a non-zero errcode or code in an HTTP 200 answer as a failure, with the robot’s words', async () => {
    robot.reply(() => ({ status: 200, body: { errcode: 310000, errmsg: 'sign not match' } }));
    const dingtalk = {
      kind: 'dingtalk' as const,
      url: `${robot.base}/robot/send?access_token=x`,
      signSecret: 'bad',
    };
    await expect(sendMessage(dingtalk, ONE)).rejects.toMatchObject({
      code: 'ROBOT_ERROR',
      detail: '310000 sign not match',
    });
    robot.reply(() => ({ status: 200, body: { code: 19021, msg: 'sign match fail' } }));
    const feishu = {
      kind: 'feishu' as const,
      url: `${robot.base}/open-apis/bot/v2/hook/feishu-x`,
      signSecret: 'bad',
    };
    await expect(sendMessage(feishu, ONE)).rejects.toMatchObject({
      code: 'ROBOT_ERROR',
      detail: '19021 sign match fail',
    });
    robot.reply(() => ({ status: 500, body: {} }));
    await expect(sendMessage(feishu, ONE)).rejects.toMatchObject({ code: 'HTTP_STATUS', detail: 'HTTP 500' });
    robot.reply(() => undefined);
  });

  it('reports a robot that is not there as a network failure', async () => {
    const closed = await startRobotReceiver();
    await closed.close();
    const target = {
      kind: 'wecom' as const,
      url: `${closed.base}/cgi-bin/webhook/send?key=k`,
      signSecret: null,
    };
    await expect(sendMessage(target, ONE)).rejects.toMatchObject({ code: 'NETWORK', detail: 'ECONNREFUSED' });
  });

  it('merges many notifications into as few messages as WeCom’s 4096 bytes allow, in order', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({
      title: `客户 ${i + 1} 今天该跟进了`,
      body: '上次沟通：客户希望下周看到报价方案，并约好周三电话确认需求细节。'.repeat(3),
      link: `https://crm.example.com/customers/${i + 1}`,
    }));
    const messages = packMessages('wecom', 'zh-CN', items);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThan(12);
    expect(messages.flatMap((m) => m.items.map((i) => i.title))).toEqual(items.map((i) => i.title));
    expect(packMessages('feishu', 'zh-CN', items.slice(0, 5))).toHaveLength(1);
  });
});

describe('e-mail over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startMailReceiver>>;
  let server: SmtpServer;
  beforeAll(async () => {
    smtp = await startMailReceiver();
    server = {
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      user: SMTP_USER,
      password: SMTP_PASSWORD,
      from: SMTP_USER,
    };
  });
  afterAll(() => smtp.close());

  it('sends UTF-8 Chinese subject and body through the server, logged in', async () => {
    await sendMessage({ kind: 'email', to: 'wangfang@keyi-test.cn', smtp: server }, ONE);
    const mail = smtp.mails.at(-1)!;
    expect(mail).toMatchObject({ from: SMTP_USER, to: ['wangfang@keyi-test.cn'], user: SMTP_USER });
    const read = readMail(mail.raw);
    expect(read.subject).toBe('今日待办：2 位客户该跟进了');
    expect(read.from).toContain('客易 Keyi');
    expect(read.text).toBe(
      '今日待办：2 位客户该跟进了\n杭州云帆信息技术有限公司（A 级）\n上海星河咨询工作室\n' +
        '查看详情：https://crm.example.com/today\n\n—— 客易 Keyi',
    );
    expect(read.html).toContain('<a href="https://crm.example.com/today">查看详情</a>');
  });

  it('says when the server refuses the login', async () => {
    const target = { kind: 'email' as const, to: 'a@keyi-test.cn', smtp: { ...server, password: 'wrong' } };
    await expect(sendMessage(target, ONE)).rejects.toMatchObject({ code: 'SMTP_AUTH' });
  });
});
