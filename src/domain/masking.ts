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
