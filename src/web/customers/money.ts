import type { TLocale } from '../../domain/locale';

/** Money is integer fen in the API; people think in 元 and, for budgets, 万元. */
export function formatYuan(fen: number, locale: TLocale): string {
  const yuan = fen / 100;
  if (locale === 'zh-CN') {
    if (yuan >= 10_000 && yuan % 100 === 0)
      return `${(yuan / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;
    return `${yuan.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`;
  }
  return `¥${yuan.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
}

export const toFen = (yuan: number | null | undefined): number | null =>
  yuan == null ? null : Math.round(yuan * 100);

export const toYuan = (fen: number | null | undefined): number | null => (fen == null ? null : fen / 100);
