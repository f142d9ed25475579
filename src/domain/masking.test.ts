import { describe, expect, it } from 'vitest';
import { maskEmail, maskPhone, maskText } from './masking';

describe('masking', () => {
  it('keeps the first three and last four digits of a phone number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskEmail('zhang@example.com')).toBe('z***@example.com');
  });

  it('masks numbers and addresses typed into free text and leaves the rest as written', () => {
    expect(maskText('客户说改用 138 1234 5678 联系，邮件发 li.na@abc.cn，预算 120000 元')).toBe(
      '客户说改用 138****5678 联系，邮件发 l***@abc.cn，预算 120000 元',
    );
    expect(maskText('+86-13812345678')).toBe('138****5678');
    expect(maskText('订单号 2024050112345678 不是电话')).toBe('订单号 2024050112345678 不是电话');
  });
});
