import { isValidPattern, renderNumber, renderPrefix, type NumberContext } from '../../domain/numbering';

export { MAX_PATTERN_LENGTH } from '../../domain/numbering';

/** The chips under the pattern box, in the order people read a date; {SEQ:3} is the default width. */
export const NUMBER_TOKENS = ['{YYYY}', '{YY}', '{MM}', '{DD}', '{YYYYMMDD}', '{IND}', '{SEQ:3}'] as const;
export type TNumberToken = (typeof NUMBER_TOKENS)[number];

export const hasSequence = (pattern: string): boolean => /\{SEQ(?::\d)?\}/.test(pattern);

/** The first numbers a fresh counter would hand out under the pattern; null while the pattern is not valid. */
export function previewNumbers(pattern: string, context: NumberContext, count = 3): string[] | null {
  const trimmed = pattern.trim();
  if (!isValidPattern(trimmed)) return null;
  const prefix = renderPrefix(trimmed, context);
  return Array.from({ length: count }, (_, i) => renderNumber(prefix, i + 1));
}

/**
 * The pattern with the token put in place of the selection (at the end when the box was never focused), and
 * where the caret goes afterwards.
 */
export function insertToken(
  pattern: string,
  token: string,
  selection: { start: number; end: number } | null,
): { value: string; caret: number } {
  const start = Math.min(selection?.start ?? pattern.length, pattern.length);
  const end = Math.max(start, Math.min(selection?.end ?? start, pattern.length));
  return { value: pattern.slice(0, start) + token + pattern.slice(end), caret: start + token.length };
}
