import { describe, expect, it } from 'vitest';
import { localizeIssues } from './validation-messages';
import { ZPassword, ZSetupInput } from './user';

describe('user schemas', () => {
  it('normalises logins to lower case and defaults the time zone to Asia/Shanghai', () => {
    const parsed = ZSetupInput.parse({
      workspaceName: ' 张三咨询 ',
      ownerName: '张三',
      login: ' ZhangSan ',
      password: 'abc12345',
    });
    expect(parsed).toMatchObject({ workspaceName: '张三咨询', login: 'zhangsan', timeZone: 'Asia/Shanghai' });
  });

  it('wants letters and digits in a password', () => {
    expect(ZPassword.safeParse('abcdefgh').success).toBe(false);
    expect(ZPassword.safeParse('12345678').success).toBe(false);
    expect(ZPassword.safeParse('客易2026keyi').success).toBe(true);
  });

  it('words each field once, in either language', () => {
    const input = { workspaceName: 'x', ownerName: 'y', login: 'ok', password: 'x', timeZone: 'Mars/Base' };
    const result = ZSetupInput.safeParse(input);
    expect(result.success).toBe(false);
    const zh = localizeIssues(result.error?.issues ?? [], input, 'zh-CN');
    expect(zh).toEqual([
      { path: 'timeZone', code: 'timeZone', message: '不是有效的时区' },
      { path: 'login', code: 'too_small_string', message: '至少 3 个字符' },
      { path: 'password', code: 'too_small_string', message: '至少 8 个字符' },
    ]);
    const en = localizeIssues(result.error?.issues ?? [], input, 'en-US');
    expect(en.map((e) => e.message)).toEqual([
      'Not a valid time zone',
      'At least 3 characters',
      'At least 8 characters',
    ]);
  });
});
