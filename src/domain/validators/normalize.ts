/**
 * Text clean-up shared by the validators. People paste from WeChat, Excel and Chinese input methods,
 * which produce full-width digits, letters, brackets and the ideographic space (U+3000); these must
 * compare equal to their ASCII forms.
 */

const FULL_WIDTH_FIRST = 0xff01; // ！
const FULL_WIDTH_LAST = 0xff5e; // ～
const FULL_TO_HALF_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = '\u3000';

/**
 * Maps the whole full-width ASCII block (U+FF01–U+FF5E: ０-９Ａ-Ｚａ-ｚ，＋－＠．（） and the rest) and the
 * ideographic space to their half-width forms. Chinese punctuation outside that block (。、《》【】) is kept:
 * it has no ASCII twin and callers decide what it means.
 */
export function toHalfWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST)
      out += String.fromCodePoint(code - FULL_TO_HALF_OFFSET);
    else if (ch === IDEOGRAPHIC_SPACE) out += ' ';
    else out += ch;
  }
  return out;
}

/** Turns every run of white space (including U+3000 and no-break spaces) into one space, and trims the ends. */
export function collapseSpaces(s: string): string {
  return s.replace(/[\s\u3000]+/gu, ' ').trim();
}
