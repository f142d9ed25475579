/**
 * Record numbers from a workspace pattern: `C{YYYYMMDD}{SEQ:3}` → C20241124001, `{IND}-{YYYY}-{SEQ:3}` → IT-2024-001.
 * The sequence counts separately for each distinct rendering of the rest of the pattern (per day, per industry
 * and year …), so it restarts at 1 where people expect it to.
 */
export const DEFAULT_CUSTOMER_NUMBER_PATTERN = 'C{YYYYMMDD}{SEQ:3}';

const SEQ = /\{SEQ(?::(\d))?\}/;
/** The longest pattern a workspace may set. */
export const MAX_PATTERN_LENGTH = 40;

export interface NumberContext {
  /** The workspace's today, YYYY-MM-DD. */
  date: string;
  /** Industry short code, for {IND}. */
  industry?: string | null;
}

export function isValidPattern(pattern: string): boolean {
  const seqs = pattern.match(new RegExp(SEQ.source, 'g')) ?? [];
  const unknown = pattern.replace(new RegExp(SEQ.source, 'g'), '').match(/\{[^}]*\}/g) ?? [];
  return (
    seqs.length === 1 &&
    unknown.every((t) => ['{YYYY}', '{YY}', '{MM}', '{DD}', '{YYYYMMDD}', '{IND}'].includes(t)) &&
    pattern.length <= MAX_PATTERN_LENGTH
  );
}

/** The pattern with everything but the sequence filled in; also the name of the counter it draws from. */
export function renderPrefix(pattern: string, context: NumberContext): string {
  const [yyyy = '', mm = '', dd = ''] = context.date.split('-');
  return pattern
    .replaceAll('{YYYYMMDD}', `${yyyy}${mm}${dd}`)
    .replaceAll('{YYYY}', yyyy)
    .replaceAll('{YY}', yyyy.slice(2))
    .replaceAll('{MM}', mm)
    .replaceAll('{DD}', dd)
    .replaceAll('{IND}', context.industry || 'XX');
}

export function renderNumber(prefixed: string, seq: number): string {
  const match = prefixed.match(SEQ);
  const width = Number(match?.[1] ?? 3);
  return prefixed.replace(SEQ, String(seq).padStart(width, '0'));
}
