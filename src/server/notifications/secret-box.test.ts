import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSecretBox, decodeSecretKey, KEY_FILE, loadSecretKey } from './secret-box';
import { isWebhookUrlAllowed, maskWebhookUrl } from './webhook-url';

describe('secret box (AES-256-GCM)', () => {
  const box = createSecretBox(randomBytes(32));
  const secret = JSON.stringify({
    webhookUrl: 'https://oapi.dingtalk.com/robot/send?access_token=abc',
    signSecret: 'SEC1',
  });

  it('opens what it sealed, only for the same row, and never holds the plain text', () => {
    const sealed = box.seal(secret, 'channel-1');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('access_token');
    expect(box.seal(secret, 'channel-1')).not.toBe(sealed);
    expect(box.open(sealed, 'channel-1')).toBe(secret);
    expect(() => box.open(sealed, 'channel-2')).toThrow();
    expect(() => createSecretBox(randomBytes(32)).open(sealed, 'channel-1')).toThrow();
    const [v, iv, tag, data] = sealed.split('.');
    const flipped = Buffer.from(data!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => box.open([v, iv, tag, flipped.toString('base64url')].join('.'), 'channel-1')).toThrow();
  });

  it('takes the key from KEYI_SECRET_KEY as base64 or hex', () => {
    const key = randomBytes(32);
    expect(decodeSecretKey(key.toString('base64'))).toEqual(key);
    expect(decodeSecretKey(key.toString('hex'))).toEqual(key);
    expect(decodeSecretKey('short')).toBeNull();
    expect(loadSecretKey({ secretKey: key.toString('base64'), dataDir: '/nonexistent' })).toEqual(key);
    expect(() => loadSecretKey({ secretKey: 'nope' })).toThrow(/KEYI_SECRET_KEY/);
  });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyi-key-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('otherwise writes a key file once into the data folder, readable by its owner only, and reuses it', () => {
    const first = loadSecretKey({ dataDir: dir });
    const file = path.join(dir, KEY_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(loadSecretKey({ dataDir: dir })).toEqual(first);
    expect(fs.readdirSync(dir)).toEqual([KEY_FILE]);
    // Tests have neither: a key in memory, different each time.
    expect(loadSecretKey({})).not.toEqual(loadSecretKey({}));
  });
});

describe('robot webhooks', () => {
  it('are https on the platform’s own host, or http on this machine only', () => {
    expect(isWebhookUrlAllowed('dingtalk', 'https://oapi.dingtalk.com/robot/send?access_token=a')).toBe(true);
    expect(isWebhookUrlAllowed('wecom', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=a')).toBe(true);
    expect(isWebhookUrlAllowed('feishu', 'https://open.feishu.cn/open-apis/bot/v2/hook/a')).toBe(true);
    expect(isWebhookUrlAllowed('feishu', 'https://open.larksuite.com/open-apis/bot/v2/hook/a')).toBe(true);
    expect(isWebhookUrlAllowed('wecom', 'http://127.0.0.1:8080/hook')).toBe(true);
    expect(isWebhookUrlAllowed('wecom', 'http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=a')).toBe(false);
    expect(isWebhookUrlAllowed('dingtalk', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send')).toBe(false);
    expect(isWebhookUrlAllowed('dingtalk', 'https://10.0.0.8/robot/send')).toBe(false);
    expect(isWebhookUrlAllowed('dingtalk', 'https://oapi.dingtalk.com:8443/robot/send')).toBe(false);
    expect(isWebhookUrlAllowed('dingtalk', 'not a url')).toBe(false);
  });

  it('are shown with their key masked', () => {
    expect(maskWebhookUrl('https://oapi.dingtalk.com/robot/send?access_token=3f2a9c0d5b7e41aa8c9d')).toBe(
      'https://oapi.dingtalk.com/robot/send?access_token=3f2a****8c9d',
    );
    expect(
      maskWebhookUrl('https://open.feishu.cn/open-apis/bot/v2/hook/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'),
    ).toBe('https://open.feishu.cn/open-apis/bot/v2/hook/0b1c****e9f0');
  });
});
