import { addDays, dayOf, isoWeekday, monthEnd, monthStart, partsOf, weekdayOfWeek } from './calendar';
import { holidayDate } from './holidays';
import { COUNT, parseCount } from './numbers';
import { addWorkingDays } from '../working-days';

/** A date phrase found in a sentence. */
export interface DateMention {
  index: number;
  text: string;
  /** The first day the phrase allows (when to get back in touch: 下周 → Monday) and its last (when a promise falls due: 下周 → Friday). */
  start: string;
  end: string;
  /** The time of day, when one was said with it (后天下午3点). */
  time?: { hour: number; minute: number };
}

type Span = [start: string, end: string];
interface Rule {
  re: RegExp;
  resolve(m: RegExpExecArray, ref: string): Span | null;
}

const point = (d: string): Span => [d, d];
const weekdayNumber = (c: string) => (c === '天' || c === '日' ? 7 : '一二三四五六'.indexOf(c) + 1);
// 下周一起吃个饭: 一 before these is "together", "always", … not Monday.
const W = '(?:[二三四五六日天]|一(?![起直样些定般切共下点]))';
const AFTER = '(?:之后|以后|后|过后)';
const WITHIN = '(?:之内|以内|内)';
const FEW: Record<string, number> = { 一两: 2, 两三: 3, 三五: 5, 几: 3 };
const countOf = (s: string) => FEW[s] ?? parseCount(s);

function weekSpan(ref: string, offset: number, which?: string): Span {
  const base = addDays(ref, 7 * offset);
  if (which === '末') return [weekdayOfWeek(base, 6), weekdayOfWeek(base, 7)];
  if (which) return point(weekdayOfWeek(base, weekdayNumber(which)));
  // A week as a whole means its working days; "this week" runs from today.
  if (offset === 0) return [ref, weekdayOfWeek(ref, isoWeekday(ref) <= 5 ? 5 : 7)];
  return [weekdayOfWeek(base, 1), weekdayOfWeek(base, 5)];
}

/** Parts of a month as days: a promise "by 月初" falls due on the 5th, "by 中旬" on the 20th. */
const PARTS: Record<string, [number, number]> = {
  初: [1, 5],
  上旬: [1, 10],
  中: [15, 15],
  中旬: [11, 20],
  下旬: [21, 31],
  底: [31, 31],
  末: [31, 31],
};
function monthPart(first: string, part: string | undefined, ref: string): Span {
  const { year, month } = partsOf(first);
  const [a, b] = part ? (PARTS[part] ?? [1, 31]) : [1, 31];
  const start = dayOf(year, month, a);
  return [start < ref && !part ? ref : start, dayOf(year, month, b)];
}

const MONTH_OFFSET: Record<string, number> = { 下下: 2, 下: 1, 次: 1, 这: 0, 本: 0, 上: -1 };
const WEEK_OFFSET: Record<string, number> = { 下下: 2, 下: 1, 这: 0, 本: 0, 上: -1 };
const MONTH_PART = '(初|上旬|中旬|下旬|中|底|末)';

/** Ordered: a longer phrase is matched (and hidden from later rules) before the shorter one inside it. */
const RULES: Rule[] = [
  {
    re: /(?<![\d一二三四五六七八九十月号])(国庆节?|十一|五一|劳动节|元旦|春节|过年|清明节?|端午节?|中秋节?)(?:假期|长假|小长假|节)?(之前|以前|前|之后|以后|后|过后|回来|结束后?)/g,
    resolve: (m, ref) => dayPoint(holidayDate(m[1] ?? '', !/前/.test(m[2] ?? ''), ref)),
  },
  {
    re: /过完年|过了年|(?<![\d一二两三四五六七八九十几半去今明前后多新])年(前|后)/g,
    resolve: (m, ref) => dayPoint(holidayDate('春节', m[1] !== '前', ref)),
  },
  {
    re: /(?<![去前\d])(?:(\d{4})|(今|明))?年(底|末|初)/g,
    resolve: (m, ref) => {
      const { year, month } = partsOf(ref);
      const y = m[1]
        ? Number(m[1])
        : m[2] === '明' || (m[3] === '初' && !m[2] && month > 1)
          ? year + 1
          : year;
      return m[3] === '初' ? [dayOf(y, 1, 1), dayOf(y, 1, 31)] : point(dayOf(y, 12, 31));
    },
  },
  {
    // 马上月底了 is "it is almost month-end", not last month's.
    re: new RegExp(`(?<!马)(下下|下|次|这|本|上)个?月${MONTH_PART}?`, 'g'),
    resolve: (m, ref) => monthPart(monthStart(ref, MONTH_OFFSET[m[1] ?? ''] ?? 0), m[2], ref),
  },
  {
    re: new RegExp(`(?<![\\d０-９])(${COUNT})月(?:份${MONTH_PART}?|${MONTH_PART})`, 'g'),
    resolve: (m, ref) => {
      const month = parseCount(m[1] ?? '');
      if (!month || month > 12) return null;
      const { year, month: now } = partsOf(ref);
      return monthPart(dayOf(month < now ? year + 1 : year, month, 1), m[2] ?? m[3], ref);
    },
  },
  {
    // Bare 月底 is this month's; a part already past (月初 said on the 20th) is next month's.
    re: new RegExp(`(?<![个本这下次])(?<!(?<!马)上)月${MONTH_PART}`, 'g'),
    resolve: (m, ref) => {
      const span = monthPart(monthStart(ref), m[1], ref);
      return span[1] < ref ? monthPart(monthStart(ref, 1), m[1], ref) : span;
    },
  },
  {
    re: new RegExp(`(?<!马)(下下|下|这|本|上)个?(?:周|星期|礼拜)(${W}|末)?`, 'g'),
    resolve: (m, ref) => weekSpan(ref, WEEK_OFFSET[m[1] ?? ''] ?? 0, m[2]),
  },
  {
    re: new RegExp(`(${COUNT}|一两|两三)个?(?:周|星期|礼拜)(${AFTER}|${WITHIN})`, 'g'),
    resolve: (m, ref) => {
      const n = countOf(m[1] ?? '');
      if (!n) return null;
      const day = addDays(ref, 7 * n);
      return /内/.test(m[2] ?? '') ? [ref, day] : point(day);
    },
  },
  {
    // A bare weekday is the coming one; the same weekday as today means next week's.
    re: new RegExp(`(?<![下这本上个每])(?:周|星期|礼拜)(${W}|末)`, 'g'),
    resolve: (m, ref) => {
      if (m[1] === '末') return isoWeekday(ref) >= 6 ? [ref, weekdayOfWeek(ref, 7)] : weekSpan(ref, 0, '末');
      const day = weekdayOfWeek(ref, weekdayNumber(m[1] ?? ''));
      return point(day <= ref ? addDays(day, 7) : day);
    },
  },
  {
    re: new RegExp(`(${COUNT}|一两|两三)个?工作日(${AFTER}|${WITHIN})?`, 'g'),
    resolve: (m, ref) => {
      const n = countOf(m[1] ?? '');
      if (!n) return null;
      // China's statutory holidays and make-up workdays count (三个工作日 over 国庆 lands after the holiday).
      const day = addWorkingDays(ref, n);
      return /内/.test(m[2] ?? '') ? [ref, day] : point(day);
    },
  },
  {
    // 过两天 is a day-count from now; 这两天 / 三天内 is a window that closes then.
    re: new RegExp(
      `(再过|过|这)(一两|两三|三五|几|${COUNT})天|(一两|两三|几|${COUNT})(?:天(${AFTER}|${WITHIN})|日(${WITHIN}))`,
      'g',
    ),
    resolve: (m, ref) => {
      const n = countOf(m[2] ?? m[3] ?? '');
      if (!n) return null;
      const day = addDays(ref, n);
      return m[1] === '这' || /内/.test(m[4] ?? m[5] ?? '') ? [ref, day] : point(day);
    },
  },
  {
    re: /晚点|晚些|稍后|待会儿?|等会儿?|等下|等一下|一会儿?|今天之内|今天内|今日内|下班前/g,
    resolve: (_m, ref) => point(ref),
  },
  {
    // 15号前: this month's 15th when still ahead, else next month's.
    re: new RegExp(
      `(?<![\\d０-９月年/.\\-一二三四五六七八九十])(${COUNT})(?:号|日(?=前|之前|以前|左右|之后|后|上午|下午|晚上|[，,。\\s]|$))(?![楼线院门店机位座])`,
      'g',
    ),
    resolve: (m, ref) => {
      const n = parseCount(m[1] ?? '');
      if (!n || n > 31) return null;
      const { year, month, day } = partsOf(ref);
      const next = partsOf(monthStart(ref, 1));
      return point(n >= day ? dayOf(year, month, n) : dayOf(next.year, next.month, n));
    },
  },
  { re: /\bnext week\b/gi, resolve: (_m, ref) => weekSpan(ref, 1) },
  { re: /\bthis week\b/gi, resolve: (_m, ref) => weekSpan(ref, 0) },
  { re: /\bend of (?:the |this )?week\b/gi, resolve: (_m, ref) => point(weekdayOfWeek(ref, 5)) },
  { re: /\bend of (?:the |this )?month\b|\bmonth[- ]end\b/gi, resolve: (_m, ref) => point(monthEnd(ref)) },
  { re: /\bnext month\b/gi, resolve: (_m, ref) => [monthStart(ref, 1), monthEnd(ref, 1)] },
  {
    re: /\bin a (couple|few) (?:of )?days\b/gi,
    resolve: (m, ref) => point(addDays(ref, m[1]?.toLowerCase() === 'couple' ? 2 : 3)),
  },
];

function dayPoint(day: string | null): Span | null {
  return day ? point(day) : null;
}

/**
 * Our own rules for what chrono's Chinese parser misses or reads differently (下周三前 on a Sunday, 月底, 过两天, 本周内,
 * 15号前, 国庆后 …). Returns the mentions and the text with them blanked out, for chrono to read the rest.
 */
export function findRuleDates(text: string, ref: string): { mentions: DateMention[]; rest: string } {
  const mentions: DateMention[] = [];
  let rest = text;
  for (const rule of RULES) {
    for (const m of rest.matchAll(rule.re)) {
      const span = rule.resolve(m, ref);
      if (!span) continue;
      mentions.push({ index: m.index, text: m[0], start: span[0], end: span[1] });
      rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
    }
  }
  return { mentions, rest };
}
