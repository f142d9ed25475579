import { describe, expect, it } from 'vitest';
import { formPathOf, freeKey, slugOf, toFieldInput } from './customFieldForm';

describe('custom field form', () => {
  it('makes keys from English names and numbers them when taken or missing', () => {
    expect(slugOf('Contract value (CNY)')).toBe('contract_value_cny');
    expect(slugOf('2024 budget')).toBe('budget');
    expect(slugOf('合同金额')).toBe('');
    expect(freeKey('budget', 'field', ['budget'])).toBe('budget_2');
    expect(freeKey('', 'field', ['field_1'])).toBe('field_2');
  });

  it('keeps saved option keys, names new ones, and fills English from Chinese', () => {
    const input = toFieldInput({
      zh: ' 会员等级 ',
      en: '',
      key: 'level',
      type: 'select',
      required: true,
      options: [
        { key: 'vip', saved: true, zh: 'VIP', en: 'VIP', archived: true },
        { zh: '金卡', en: 'Gold' },
        { zh: '银卡' },
      ],
    });
    expect(input.labels).toEqual({ 'zh-CN': '会员等级', 'en-US': '会员等级' });
    expect(input.options).toEqual([
      { key: 'vip', labels: { 'zh-CN': 'VIP', 'en-US': 'VIP' }, archived: true },
      { key: 'gold', labels: { 'zh-CN': '金卡', 'en-US': 'Gold' } },
      { key: 'option_1', labels: { 'zh-CN': '银卡', 'en-US': '银卡' } },
    ]);
  });

  it('puts server errors on the form’s own fields', () => {
    expect(formPathOf('labels.zh-CN')).toBe('zh');
    expect(formPathOf('options.2.labels.en-US')).toBe('options.2.en');
    expect(formPathOf('key')).toBe('key');
  });
});
