import { describe, expect, it } from 'vitest';
import { formatYuan, formatYuanShort, lineAmount, sumFen, ZQuantity } from './money';

describe('money', () => {
  it('multiplies a decimal quantity by a price in fen, rounding half up', () => {
    expect(lineAmount('3', 19_999)).toBe(59_997);
    expect(lineAmount('0.5', 3)).toBe(2); // 1.5 fen → 2
    expect(lineAmount('0.125', 100)).toBe(13); // 12.5 fen → 13
    expect(lineAmount('2.333', 300)).toBe(700); // 699.9 fen → 700
    expect(lineAmount('0.1', 1)).toBe(0);
  });

  it('adds many small amounts exactly', () => {
    const thirds = Array.from({ length: 3000 }, (_, i) => (i % 3 === 2 ? 3334 : 3333));
    expect(sumFen(thirds)).toBe(10_000_000);
  });

  it('accepts quantities as typed and refuses the rest', () => {
    expect(ZQuantity.parse('2.5')).toBe('2.5');
    expect(ZQuantity.parse(3)).toBe('3');
    for (const bad of ['0', '-1', '1.2345', 'abc', '']) expect(ZQuantity.safeParse(bad).success).toBe(false);
  });

  it('shows 元 and round 万元 in Chinese, ¥ in English, with both decimals when there are any', () => {
    expect(formatYuan(12_000_000, 'zh-CN')).toBe('12 万元');
    expect(formatYuan(880_050, 'zh-CN')).toBe('8,800.50 元');
    expect(formatYuan(328_000, 'zh-CN')).toBe('3,280 元');
    expect(formatYuan(880_050, 'en-US')).toBe('¥8,800.50');
    expect(formatYuan(12_000_000, 'en-US')).toBe('¥120,000');
  });

  it('shortens big sums for a dashboard, in 万 and 亿 or K and M', () => {
    expect(formatYuanShort(73_328_782_700, 'zh-CN')).toBe('7.33 亿元');
    expect(formatYuanShort(2_718_790_000, 'zh-CN')).toBe('2,718.79 万元');
    expect(formatYuanShort(880_050, 'zh-CN')).toBe('8,800.50 元');
    expect(formatYuanShort(2_718_790_000, 'en-US')).toBe('¥27.19M');
    expect(formatYuanShort(-150_000_000, 'en-US')).toBe('¥-1.5M');
  });
});
