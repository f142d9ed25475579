import { daysBetween } from './cadence';
import type { TLocale } from './locale';

/** What a customer's due date rests on, as stored on its row, with the labels already in the reader's language. */
export interface DueFacts {
  nextDueDate: string;
  /** The explicit next follow-up date of the latest follow-up (it wins over the cadence). */
  explicitNextDate: string | null;
  snoozedUntil: string | null;
  cadenceDays: number | null;
  /** The cadence rule that gave the interval: "A" for a grade, else the tag's or stage's label. */
  rule: { grade: string } | { label: string } | null;
  lastFollowUpDay: string | null;
  lastMethodLabel: string | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const WORDS = {
  'zh-CN': {
    monthDay: (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`,
    grade: (g: string) => `${g} 级`,
    every: (n: number) => `每 ${n} 天`,
    agreed: (d: string) => `约定 ${d} 跟进`,
    snoozed: (d: string) => `推迟到 ${d}`,
    last: (method: string, days: number) => `上次${method} ${days === 0 ? '今天' : `${days} 天前`}`,
    never: '还没跟进过',
    overdue: (n: number) => `已逾期 ${n} 天`,
    today: '今天到期',
    dueIn: (n: number) => `${n} 天后到期`,
  },
  'en-US': {
    monthDay: (d: string) => `${MONTHS[Number(d.slice(5, 7)) - 1]} ${Number(d.slice(8, 10))}`,
    grade: (g: string) => `Grade ${g}`,
    every: (n: number) => `every ${n} day${n === 1 ? '' : 's'}`,
    agreed: (d: string) => `agreed for ${d}`,
    snoozed: (d: string) => `snoozed to ${d}`,
    last: (method: string, days: number) =>
      `last ${method} ${days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'} ago`}`,
    never: 'never followed up',
    overdue: (n: number) => `${n} day${n === 1 ? '' : 's'} overdue`,
    today: 'due today',
    dueIn: (n: number) => `due in ${n} day${n === 1 ? '' : 's'}`,
  },
} satisfies Record<TLocale, unknown>;

/**
 * Why a customer is due, in words a salesperson reads at a glance: "A 级 · 每 3 天 · 上次微信 4 天前 · 已逾期 1 天".
 * Shared by Today, the reminders and the digest, so every place gives the same reason.
 */
export function describeDue(facts: DueFacts, today: string, locale: TLocale): string {
  const w = WORDS[locale];
  const parts: string[] = [];
  if (facts.snoozedUntil && facts.snoozedUntil === facts.nextDueDate) {
    parts.push(w.snoozed(w.monthDay(facts.snoozedUntil)));
  } else if (facts.explicitNextDate && facts.explicitNextDate === facts.nextDueDate) {
    parts.push(w.agreed(w.monthDay(facts.explicitNextDate)));
  } else if (facts.cadenceDays !== null) {
    if (facts.rule) parts.push('grade' in facts.rule ? w.grade(facts.rule.grade) : facts.rule.label);
    parts.push(w.every(facts.cadenceDays));
  }
  parts.push(
    facts.lastFollowUpDay && facts.lastMethodLabel
      ? w.last(facts.lastMethodLabel, Math.max(0, daysBetween(facts.lastFollowUpDay, today)))
      : w.never,
  );
  const late = daysBetween(facts.nextDueDate, today);
  parts.push(late > 0 ? w.overdue(late) : late === 0 ? w.today : w.dueIn(-late));
  return parts.join(' · ');
}
