import { z } from 'zod';
import type { TLocale } from './locale';

/**
 * Money is integer fen (分) everywhere: storage, API and arithmetic. Up to ¥100 billion, well inside the integers a
 * double holds exactly, so sums of any number of payments never drift.
 */
export const MAX_FEN = 10_000_000_000_000;
export const ZFen = z.number().int().min(0).max(MAX_FEN);

/** A quantity with up to 3 decimals, as text so that 0.1 × 3 stays 0.3 ("1", "2.5", "0.125"). */
export const ZQuantity = z
  .union([z.string().trim(), z.number().transform(String)])
  .refine((s) => /^\d{1,9}(\.\d{1,3})?$/.test(s) && Number(s) > 0, { params: { key: 'quantity' } });

/**
 * A line's amount: quantity × unit price, rounded half up to the fen, computed in integers (thousandths of a fen)
 * so that no binary fraction creeps in.
 */
export function lineAmount(quantity: string, unitPrice: number): number {
  const [whole = '0', fraction = ''] = quantity.split('.');
  const thousandths = BigInt(whole) * 1000n + BigInt((fraction + '000').slice(0, 3));
  const product = thousandths * BigInt(unitPrice);
  return Number((product + 500n) / 1000n);
}

export function sumFen(amounts: readonly number[]): number {
  return amounts.reduce((sum, amount) => sum + amount, 0);
}

/** People think in 元 and, for round sums, 万元: 12.5 万元, 3,280 元, ¥3,280 in English. */
export function formatYuan(fen: number, locale: TLocale): string {
  const yuan = fen / 100;
  if (locale === 'zh-CN' && Math.abs(yuan) >= 10_000 && yuan % 100 === 0)
    return `${(yuan / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;
  // Jiao and fen are written out in full: 8,800.50, never 8,800.5.
  const digits = fen % 100 === 0 ? 0 : 2;
  const text = yuan.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return locale === 'zh-CN' ? `${text} 元` : `¥${text}`;
}

/** Big sums at a glance (a dashboard figure): 7.33 亿元, 2,718.79 万元, ¥27.19M; exact below 10,000 元. */
export function formatYuanShort(fen: number, locale: TLocale): string {
  const yuan = fen / 100;
  if (Math.abs(yuan) < 10_000) return formatYuan(fen, locale);
  if (locale === 'zh-CN') {
    const [size, unit] = Math.abs(yuan) >= 100_000_000 ? [100_000_000, '亿元'] : [10_000, '万元'];
    return `${(yuan / size).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} ${unit}`;
  }
  return `¥${new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 }).format(yuan)}`;
}
