export const LOCALES = ['zh-CN', 'en-US'] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = 'zh-CN';

/** Picks our locale from an Accept-Language header or a stored preference; Chinese unless English is asked for. */
export function pickLocale(value: string | null | undefined): TLocale {
  if (!value) return DEFAULT_LOCALE;
  for (const part of value.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en-US';
  }
  return DEFAULT_LOCALE;
}
