import { toHalfWidth } from '../validators/normalize';

/** A cell as the readers hand it over: text from CSV and Markdown; numbers and dates as Excel typed them. */
export type CellValue = string | number | Date | null;

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug makes day 60 the phantom 1900-02-29; serials after it line up). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serial numbers from 1950-01-01 to 2099-12-31: a bare number outside is a count or an amount, not a date. */
const SERIAL_MIN = 18_264;
const SERIAL_MAX = 73_050;

const FULL_DATE =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/u;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_DAY = /^(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*[日号]?$/u;

/**
 * A date as people type it in a sheet, as `YYYY-MM-DD`, or null when it is not one: 2024-05-01, 2024/5/1, 2024.5.1,
 * 2024年5月1日 (a time after it is dropped), 20240501, 5月1日 and 5/1 (this year: `today` says which), Excel serial
 * numbers (45413) and the dates Excel typed itself. Full-width digits count as digits.
 */
export function parseImportDate(value: CellValue, today: string): string | null {
  if (value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return fromSerial(value);
  const text = toHalfWidth(value).trim();
  if (!text) return null;
  if (/^\d+(?:\.\d+)?$/.test(text) && !COMPACT_DATE.test(text)) return fromSerial(Number(text));
  const full = FULL_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (full) return calendarDay(Number(full[1]), Number(full[2]), Number(full[3]));
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay) return calendarDay(Number(today.slice(0, 4)), Number(monthDay[1]), Number(monthDay[2]));
  return null;
}

function fromSerial(serial: number): string | null {
  if (serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** The day when it exists (no 2024-02-30, no month 13). */
function calendarDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}
