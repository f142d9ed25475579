import { toHalfWidth } from './normalize';

const MAX_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;
// Pragmatic rather than RFC 5322: what mail providers actually hand out. No quoted local parts, no IP
// literals; at least one dot in the domain and a top-level domain of letters (or punycode).
const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i;

/**
 * Trims, converts full-width characters (＠, ．, letters typed with a Chinese input method) and lower-cases
 * the whole address. The local part is case-sensitive in theory, but no common provider in China
 * (QQ, 163/126, Aliyun, Tencent Exmail) or abroad treats it so; lower-casing it all lets duplicate checks
 * and search match "Zhang@QQ.com" with "zhang@qq.com".
 */
export function normalizeEmail(raw: string): string {
  return toHalfWidth(raw).trim().toLowerCase();
}

/** Whether a (normalized) string looks like a deliverable e-mail address. */
export function isEmail(s: string): boolean {
  if (s.length > MAX_LENGTH) return false;
  const at = s.lastIndexOf('@');
  if (at <= 0) return false;
  const local = s.slice(0, at);
  const labels = s.slice(at + 1).split('.');
  const topLevel = labels[labels.length - 1] ?? '';
  return (
    local.length <= MAX_LOCAL_LENGTH &&
    LOCAL.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    TOP_LEVEL.test(topLevel)
  );
}
