import { pinyin } from 'pinyin-pro';
import { normalizeEmail } from './validators/email';
import { collapseSpaces, toHalfWidth } from './validators/normalize';
import { classifyPhone, normalizePhone } from './validators/phone';

/**
 * The version of what searchTokens produces. Raise it with every change to the tokens: records indexed by an older
 * version are indexed again in the background (the search-reindex job), so old records find like new ones.
 */
export const SEARCH_VERSION = 2;

export interface SearchParts {
  names: string[];
  numbers: string[];
  phones: string[];
  emails: string[];
  wechats: string[];
}

export interface SearchTokens {
  /** One lower-case, space-separated string for the full-text / trigram index. */
  text: string;
  /**
   * Whole words for queries of one or two characters, too short for the trigram index: every Chinese character
   * and character pair of the names, every pair of neighbouring pinyin initials (yf finds 杭州云帆), the words of the
   * text that are that short themselves (zs, a two-letter WeChat id), and every four digits in a row of the text
   * (the last four of a phone, the sequence of a customer number).
   */
  grams: string[];
}

const HAN_RUN = /\p{Script=Han}+/gu;
// Two to four Chinese characters is the shape of a person's name (张三, 欧阳娜娜), where a polyphonic first
// character is read as a surname: 单 shan, 曾 zeng, 解 xie, 仇 qiu, 朴 piao.
const PERSON_NAME_SHAPE = /^\p{Script=Han}{2,4}$/u;

/**
 * Builds what the search index stores for one record: the names with their pinyin (zhangsan) and initials
 * (zs), numbers, phones as normalized digits, e-mails and WeChat ids. Tokens keep their first-seen order
 * and appear once, so the same record always yields the same text.
 */
export function searchTokens(parts: SearchParts): SearchTokens {
  const tokens = new Set<string>();
  const grams = new Set<string>();
  // One entry per word, so a word repeated inside another name is not stored twice.
  const add = (value: string) => {
    for (const word of value.toLowerCase().split(' ')) if (word !== '') tokens.add(word);
  };

  for (const raw of parts.names) {
    const name = clean(raw);
    add(name);
    for (const gram of hanGrams(name)) grams.add(gram);
    for (const [full, initials] of pinyinReadings(name)) {
      add(full);
      add(initials);
      for (let i = 0; i + 1 < initials.length; i++) grams.add(initials.slice(i, i + 2));
    }
  }
  for (const raw of parts.numbers) add(clean(raw));
  for (const raw of parts.phones) for (const token of phoneTokens(raw)) add(token);
  for (const raw of parts.emails) add(normalizeEmail(raw));
  for (const raw of parts.wechats) add(clean(raw).replace(/\s+/g, ''));

  for (const token of tokens) {
    if ([...token].length <= 2) grams.add(token);
    for (const run of token.match(/\d{4,}/g) ?? [])
      for (let i = 0; i + 4 <= run.length; i++) grams.add(run.slice(i, i + 4));
  }
  return { text: [...tokens].join(' '), grams: [...grams] };
}

/**
 * Whether a query is answered from the grams (whole words) rather than the trigram index: one or two characters of
 * anything, which trigrams cannot match, and exactly four digits (the last four of a phone), which trigrams match
 * too loosely: every number with 668 or 688 in it is a candidate for 6688.
 */
export function isGramQuery(q: string): boolean {
  const trimmed = q.trim();
  return [...trimmed].length <= 2 || /^\d{4}$/.test(trimmed);
}

function clean(s: string): string {
  return collapseSpaces(toHalfWidth(s)).toLowerCase();
}

/**
 * Full pinyin without tones or separators and the initials, for names with Chinese characters. Letters
 * and digits in the name are kept in both (tony张 → tonyzhang, tonyz); ü is written v, as on a keyboard.
 * A person-shaped name also gets its surname reading, alongside the ordinary one that people who do not
 * know the surname rule will type.
 */
function pinyinReadings(name: string): [full: string, initials: string][] {
  if (name.match(HAN_RUN) === null) return [];
  const compact = name.replace(/\s+/g, '');
  const readings = [spell(compact, false)];
  if (PERSON_NAME_SHAPE.test(compact)) readings.push(spell(compact, true));
  return readings;
}

/**
 * Readings already spelled: people's names repeat (a thousand customers have a 李伟), and pinyin with word
 * segmentation is the dearest part of indexing a record. Bounded; emptied when full.
 */
const spelled = new Map<string, [string, string]>();
const SPELLED_MAX = 50_000;

function spell(name: string, asSurname: boolean): [string, string] {
  const key = `${asSurname ? 's' : 'o'}${name}`;
  const known = spelled.get(key);
  if (known) return known;
  if (spelled.size >= SPELLED_MAX) spelled.clear();
  const reading = spellOnce(name, asSurname);
  spelled.set(key, reading);
  return reading;
}

function spellOnce(name: string, asSurname: boolean): [string, string] {
  const syllables = pinyin(name, {
    toneType: 'none',
    type: 'all',
    nonZh: 'consecutive',
    v: true,
    surname: asSurname ? 'head' : 'off',
  });
  const alnum = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const full = alnum(syllables.map((s) => (s.isZh ? s.pinyin : s.origin)).join(''));
  const initials = alnum(syllables.map((s) => s.first).join(''));
  return [full, initials];
}

/** Each Chinese character and each pair of neighbours within a run of Chinese characters, in order. */
function hanGrams(name: string): string[] {
  const out: string[] = [];
  for (const run of name.match(HAN_RUN) ?? []) {
    const chars = [...run];
    chars.forEach((ch, i) => {
      out.push(ch);
      const next = chars[i + 1];
      if (next !== undefined) out.push(ch + next);
    });
  }
  return out;
}

/** The normalized number and, for a landline, the local number alone, since people search without the area code. */
function phoneTokens(raw: string): string[] {
  const normalized = normalizePhone(raw);
  if (normalized === '') return [];
  if (classifyPhone(normalized) !== 'landline') return [normalized];
  const [main = ''] = normalized.split('-');
  const local = main.replace(/^0(?:10|2\d|[3-9]\d{2})/, '');
  return [normalized, local];
}
