const DIGITS = '零一二三四五六七八九';

const digit = (c: string) => (c === '两' ? 2 : DIGITS.indexOf(c));

/** A count or day of month as people write it: 3, ３, 三, 两, 十五, 二十一, 三十. Null beyond 999 or when unreadable. */
export function parseCount(text: string): number | null {
  const ascii = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d{1,3}$/.test(ascii)) return Number(ascii);
  const m = /^([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || !text) return null;
  const [, tens = '', ten = '', units = ''] = m;
  if (!ten) return tens && !units ? digit(tens) : null;
  return (tens ? digit(tens) : 1) * 10 + (units ? digit(units) : 0);
}

/** The pattern `parseCount` reads, for building larger patterns. */
export const COUNT = String.raw`(?:\d{1,3}|[０-９]{1,3}|[一二两三四五六七八九十]{1,3})`;
