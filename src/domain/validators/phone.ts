import { toHalfWidth } from './normalize';

export type PhoneKind = 'mobile' | 'landline' | 'invalid';

const MOBILE = /^1[3-9]\d{9}$/;
// 010 and 02x are the big-city area codes (3 digits with the trunk 0); all others have 4. A local number
// never starts with 0 (trunk prefix) or 1 (service numbers), so those are typing mistakes.
const LANDLINE = /^(?:0(?:10|2\d)|0[3-9]\d{2})[2-9]\d{6,7}$/;
const EXTENSION = /^\d{1,6}$/;
const SEPARATORS = /[\s.()\-‐‑‒–—―]+/gu;
// 转 / 分机 / ext / x / # mark an extension explicitly; a trailing "-123" after a full landline does too.
const EXTENSION_MARKER = /\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})\s*$/iu;
const TRAILING_DASH_GROUP = /^(.*\d)\s*[-‐‑‒–—―]\s*(\d{1,6})$/u;
const INTERNATIONAL_PREFIX = /^(?:\+|00)86/;

/**
 * Normalizes a China phone number to digits: a mobile as its 11 digits, a landline as area code (with its
 * leading 0) plus local number, e.g. `01088886666`. An extension is kept after a dash, `01088886666-123`,
 * because a switchboard number without it does not reach the person; search and duplicate checks can use
 * the part before the dash. The country code (+86, 0086, or 86 in front of a mobile) is dropped; "+86 10 …"
 * gets its trunk 0 back, and the long-distance 0 once dialled before a mobile is dropped.
 * Only separators are removed (spaces, dots, dashes, brackets), so letters or other stray characters
 * survive and make {@link classifyPhone} say invalid rather than silently producing a number.
 */
export function normalizePhone(raw: string): string {
  const s = toHalfWidth(raw).trim();
  const marked = EXTENSION_MARKER.exec(s);
  if (marked?.[1] !== undefined) {
    const main = mainNumber(s.slice(0, marked.index));
    return classifyPhone(main) === 'landline' ? `${main}-${marked[1]}` : mainNumber(s);
  }
  const dashed = TRAILING_DASH_GROUP.exec(s);
  const whole = mainNumber(s);
  if (dashed?.[1] !== undefined && dashed[2] !== undefined && classifyPhone(whole) === 'invalid') {
    const main = mainNumber(dashed[1]);
    if (classifyPhone(main) === 'landline') return `${main}-${dashed[2]}`;
  }
  return whole;
}

function mainNumber(s: string): string {
  const compact = s.replace(SEPARATORS, '');
  const international = INTERNATIONAL_PREFIX.exec(compact);
  if (international) {
    const national = compact.slice(international[0].length);
    if (MOBILE.test(national) || LANDLINE.test(national)) return national;
    if (LANDLINE.test(`0${national}`)) return `0${national}`;
    return compact;
  }
  // A bare 86 is only a country code when an 11-digit mobile follows; 86… is never a valid number itself.
  if (/^86/.test(compact) && MOBILE.test(compact.slice(2))) return compact.slice(2);
  // Older habit: a long-distance 0 dialled before an out-of-town mobile. 01[3-9] is no area code.
  if (/^0/.test(compact) && MOBILE.test(compact.slice(1))) return compact.slice(1);
  return compact;
}

/** Classifies a number produced by {@link normalizePhone}; only landlines may carry an extension. */
export function classifyPhone(normalized: string): PhoneKind {
  if (MOBILE.test(normalized)) return 'mobile';
  const [main = '', extension, ...rest] = normalized.split('-');
  if (rest.length > 0) return 'invalid';
  if (LANDLINE.test(main) && (extension === undefined || EXTENSION.test(extension))) return 'landline';
  return 'invalid';
}
