import { addDays, compareClocks, dayOf, partsOf, type WallClock } from './calendar';
import { chronoParse } from './date-mentions';

const TIME = String.raw`(?:(?:上午|下午|中午|晚上|凌晨|早上|傍晚)\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?`;
const DATE = [
  String.raw`\d{4}[年/.-]\d{1,2}[月/.-]\d{1,2}日?(?:\s*[(（]?(?:星期|周)[一二三四五六日天][)）]?)?`,
  String.raw`\d{1,2}[月/-]\d{1,2}[日号]?`,
  String.raw`\d{1,2}/\d{1,2}/\d{2,4}`,
  '昨天|前天|今天|(?:星期|周)[一二三四五六日天]',
  String.raw`[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}`,
  String.raw`\d{1,2} [A-Z][a-z]{2,8},? \d{4}`,
  'Yesterday|Today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day',
].join('|');

/** A time stamp as WeChat, WhatsApp and meeting apps print it: an optional date, then a time. */
export const STAMP = String.raw`(?:(?:${DATE})[\s,]*)?${TIME}`;
const HAS_DATE = new RegExp(`^(?:${DATE})`);

export const stampHasDate = (stamp: string) => HAS_DATE.test(stamp.trim());

// chrono's readers know 11月27日 and 11/27/2026 but not WeChat's 11-27 or 2026/11/27.
function normalise(stamp: string): string {
  return stamp
    .replace(/^(\d{4})[/.](\d{1,2})[/.](\d{1,2})/, '$1-$2-$3')
    .replace(/^(\d{1,2})-(\d{1,2})(?=\s)/, '$1月$2日')
    .replace(/[(（](?:星期|周)[一二三四五六日天][)）]/, '');
}

/**
 * The wall clock of a chat's time stamp. Messages lie in the past: WeChat prints only the time for today, a weekday
 * within the last week and month-day within the year, so a stamp that would fall after `now` belongs to the day, week
 * or year before.
 */
export function parseStamp(stamp: string, now: WallClock): WallClock | null {
  const [r] = chronoParse(normalise(stamp), now, false);
  if (!r || !r.start.isCertain('hour')) return null;
  const c = r.start;
  const clock: WallClock = {
    day: dayOf(c.get('year') ?? 0, c.get('month') ?? 1, c.get('day') ?? 1),
    hour: c.get('hour') ?? 0,
    minute: c.get('minute') ?? 0,
  };
  if (compareClocks(clock, now) <= 0) return clock;
  if (c.isCertain('year')) return clock;
  if (c.isCertain('month')) {
    const { year, month, day } = partsOf(clock.day);
    return { ...clock, day: dayOf(year - 1, month, day) };
  }
  return { ...clock, day: addDays(clock.day, c.isCertain('weekday') ? -7 : -1) };
}
