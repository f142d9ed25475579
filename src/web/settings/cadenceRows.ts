import type { TCadenceRule } from '../../domain/cadence';
import type { TGrade } from '../../domain/assessment';

export const CADENCE_MATCHES = ['grade', 'tag', 'stage'] as const;
export type TCadenceMatch = (typeof CADENCE_MATCHES)[number];

/** One row of the cadence form: what a rule matches on, the grade/tag/stage it matches, and its interval. */
export interface TCadenceRow {
  match: TCadenceMatch;
  value: string | undefined;
  days: number | null;
}

export type TCadenceValues = { cadence: TCadenceRow[] };

export function toCadenceRow(rule: TCadenceRule): TCadenceRow {
  if (rule.grade !== undefined) return { match: 'grade', value: rule.grade, days: rule.days };
  if (rule.stage !== undefined) return { match: 'stage', value: rule.stage, days: rule.days };
  return { match: 'tag', value: rule.tag, days: rule.days };
}

/** Rows as the API takes them; the form's rules have already checked that each row is complete. */
export function toCadenceRule(row: TCadenceRow): TCadenceRule {
  const days = row.days ?? 0;
  const value = row.value ?? '';
  if (row.match === 'grade') return { grade: value as TGrade, days };
  if (row.match === 'stage') return { stage: value, days };
  return { tag: value, days };
}

/**
 * Where a server error about a rule shows: `cadence.2.days` next to the interval; `cadence.2.grade|tag|stage`
 * and `cadence.2` itself (a rule matching on nothing or on two things) next to the condition.
 */
export function cadenceField(path: string): string {
  const m = /^cadence\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (!m) return path;
  return m[2] === 'days' ? path : `cadence.${m[1]}.value`;
}

/** Two rows matching the same grade, tag or stage. */
export function isDuplicate(rows: readonly (TCadenceRow | undefined)[], index: number): boolean {
  const row = rows[index];
  if (!row?.value) return false;
  return rows.some((other, i) => i < index && other?.match === row.match && other.value === row.value);
}
