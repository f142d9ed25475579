/** 138****5678: keeps the first three and last four digits, as Chinese apps show phone numbers. */
export function maskPhone(value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length);
  if (value.length < 8) return `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

/** z***@example.com */
export function maskEmail(value: string): string {
  const at = value.indexOf('@');
  if (at <= 0) return maskOther(value);
  return `${value.slice(0, 1)}***${value.slice(at)}`;
}

/** WeChat ids and anything else: first and last character. */
export function maskOther(value: string): string {
  if (value.length <= 2) return '*'.repeat(value.length);
  return `${value.slice(0, 1)}***${value.slice(-1)}`;
}

const MOBILE_IN_TEXT = /(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)/g;
const EMAIL_IN_TEXT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * Free text (a follow-up's summary) may carry a number or an address someone typed in: those are masked as the
 * fields are, the rest of the text is left as written.
 */
export function maskText(value: string): string {
  return value
    .replace(MOBILE_IN_TEXT, (m) => maskPhone(m.replace(/\D/g, '').slice(-11)))
    .replace(EMAIL_IN_TEXT, (m) => maskEmail(m));
}

/** Every string inside a value (a history entry's changes, say) with phone numbers and e-mails masked. */
export function maskTextDeep<T>(value: T): T {
  if (typeof value === 'string') return maskText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => maskTextDeep(item)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskTextDeep(v)])) as T;
  return value;
}
