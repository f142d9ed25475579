import { describe, expect, it } from 'vitest';
import { isEmail, normalizeEmail } from './email';

describe('normalizeEmail', () => {
  it('trims and lower-cases the whole address', () => {
    expect(normalizeEmail('  Zhang.San@QQ.COM ')).toBe('zhang.san@qq.com');
    expect(normalizeEmail('Li_Si+CRM@Example.com.CN')).toBe('li_si+crm@example.com.cn');
  });

  it('converts what a Chinese input method produces', () => {
    expect(normalizeEmail('ｚｈａｎｇｓａｎ＠１６３．ｃｏｍ')).toBe('zhangsan@163.com');
    expect(normalizeEmail('\u3000wangwu＠126.com\u3000')).toBe('wangwu@126.com');
  });
});

describe('isEmail', () => {
  it.each([
    'zhangsan@qq.com',
    '12345678@qq.com',
    'zhang.san@163.com',
    'li_si+crm@example.com.cn',
    'sales-team@keyi.co',
    'a@b.cn',
    "o'brien@example.org",
    'x@mail.xn--fiqs8s',
    'user@sub-domain.example.io',
  ])('accepts %s', (email) => {
    expect(isEmail(email)).toBe(true);
  });

  it.each([
    '',
    'zhangsan',
    'zhangsan@',
    '@qq.com',
    'zhangsan@qq',
    'zhang san@qq.com',
    'zhangsan@@qq.com',
    'zhang@san@qq.com',
    '.zhang@qq.com',
    'zhang.@qq.com',
    'zhang..san@qq.com',
    'zhangsan@qq..com',
    'zhangsan@.qq.com',
    'zhangsan@qq.com.',
    'zhangsan@-qq.com',
    'zhangsan@qq-.com',
    'zhangsan@qq.c',
    'zhangsan@qq.123',
    'zhangsan@qq。com',
    '张三@qq.com',
    'zhangsan@qq_mail.com',
    'zhangsan@[127.0.0.1]',
  ])('rejects %s', (email) => {
    expect(isEmail(email)).toBe(false);
  });

  it('enforces the length limits', () => {
    expect(isEmail(`${'a'.repeat(64)}@qq.com`)).toBe(true);
    expect(isEmail(`${'a'.repeat(65)}@qq.com`)).toBe(false);
    const domain = (last: number) =>
      `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(last)}.cn`;
    expect(isEmail(`x@${domain(57)}`)).toBe(true); // 254 characters
    expect(isEmail(`x@${domain(58)}`)).toBe(false);
    expect(isEmail(`x@${'a'.repeat(64)}.com`)).toBe(false); // a label longer than 63
  });

  it('accepts what normalizeEmail makes of full-width input', () => {
    expect(isEmail(normalizeEmail('ＺＨＡＮＧ＠ＱＱ．ＣＯＭ'))).toBe(true);
  });
});
