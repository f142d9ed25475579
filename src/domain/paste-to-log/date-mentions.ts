import { parse as parseEnglish, type ParsedResult } from 'chrono-node';
import { parse as parseChinese } from 'chrono-node/zh/hans';
import { dayOf, partsOf, type WallClock } from './calendar';
import { findRuleDates, type DateMention } from './relative-dates';

export const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

/**
 * chrono reads its reference through the process's local clock: a local Date holding the workspace's wall clock
 * makes its answers the same on a server in any time zone. Only the answer's components are read back, never its
 * instant.
 */
export function chronoReference(ref: WallClock): Date {
  const { year, month, day } = partsOf(ref.day);
  return new Date(year, month - 1, day, ref.hour, ref.minute);
}

export function chronoParse(text: string, ref: WallClock, forwardDate: boolean): ParsedResult[] {
  const parse = hasChinese(text) ? parseChinese : parseEnglish;
  return parse(text, chronoReference(ref), { forwardDate });
}

// A part of the day said alone (我下午发您) is today's.
const PART_OF_DAY = /上午|中午|下午|晚上|今晚|早上|傍晚|\b(?:this (?:morning|afternoon|evening)|tonight)\b/i;

/** 今天下午 has no exact hour; a usual one for that part of the day is a fair guess for the form. */
const PART_HOURS: [RegExp, number][] = [
  [/早上|早晨|明早|今早/, 8],
  [/上午/, 10],
  [/中午/, 12],
  [/下午/, 15],
  [/傍晚/, 18],
  [/晚上|今晚|明晚|昨晚/, 20],
];
function partOfDayTime(text: string): DateMention['time'] {
  const hour = PART_HOURS.find(([re]) => re.test(text))?.[1];
  return hour === undefined ? undefined : { hour, minute: 0 };
}

/**
 * Every date phrase in a sentence, resolved against the day it was said: our rules first, then chrono for what is
 * left (明天, 后天下午3点, 12月5号, tomorrow, Friday, Dec 5…).
 */
export function findDateMentions(text: string, ref: WallClock, forward = true): DateMention[] {
  const { mentions, rest } = findRuleDates(text, ref.day);
  for (const r of chronoParse(rest, ref, forward)) {
    const c = r.start;
    if (!c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('hour')) continue;
    const day = dayOf(c.get('year') ?? 0, c.get('month') ?? 1, c.get('day') ?? 1);
    const time = c.isCertain('hour')
      ? { hour: c.get('hour') ?? 0, minute: c.get('minute') ?? 0 }
      : partOfDayTime(r.text);
    mentions.push({ index: r.index, text: r.text, start: day, end: day, ...(time && { time }) });
  }
  if (!mentions.length) {
    const m = PART_OF_DAY.exec(text);
    if (m) mentions.push({ index: m.index, text: m[0], start: ref.day, end: ref.day });
  }
  return mentions.sort((a, b) => a.index - b.index);
}
