import { z } from 'zod';
import { ZDate } from './dates';

// The API shapes of working days 工作日. Kept apart from working-days.ts so the web can use them without
// bundling the holiday data.

export const DAY_KINDS = ['work', 'rest'] as const;
export const ZDayKind = z.enum(DAY_KINDS);
export type TDayKind = z.infer<typeof ZDayKind>;

/** Where a non-plain day comes from: the statutory schedule (holiday, make-up workday) or the workspace. */
export const DAY_SOURCES = ['holiday', 'makeUpWorkday', 'override'] as const;
export type TDaySource = (typeof DAY_SOURCES)[number];

/** PUT /working-days/:day. `version` is optional: an override is set whole, but a stale one is still refused. */
export const ZWorkingDayOverrideInput = z.strictObject({
  kind: ZDayKind,
  name: z.string().trim().max(40).nullish(),
  version: z.number().int().min(1).optional(),
});
export type TWorkingDayOverrideInput = z.infer<typeof ZWorkingDayOverrideInput>;

const ZLibraryDay = z.object({
  kind: ZDayKind,
  source: z.enum(['holiday', 'makeUpWorkday']),
  name: z.string().nullable(),
  nameEn: z.string().nullable(),
  /** A weekday off that is paid back by a make-up workday (调休). */
  inLieu: z.boolean(),
});

export const ZSpecialDay = ZLibraryDay.extend({
  day: ZDate,
  source: z.enum(DAY_SOURCES),
  /** What the statutory schedule says about a day the workspace overrides. */
  library: ZLibraryDay.nullable(),
  /** The override's version, for the next PUT; null for days that come from the schedule. */
  version: z.number().int().nullable(),
});
export type TSpecialDay = z.infer<typeof ZSpecialDay>;

export const ZCoverageWarning = z.object({
  /** The first of this year and next that neither the schedule nor the workspace's overrides cover. */
  missingYear: z.number().int(),
  lastCoveredYear: z.number().int(),
  /** Days from the workspace's today to 1 January of the missing year (0 or less: already in it). */
  daysUntil: z.number().int(),
});
export type TCoverageWarning = z.infer<typeof ZCoverageWarning>;

export const ZWorkingDaysYear = z.object({
  year: z.number().int(),
  /** Whether the schedule or the workspace knows this year's holidays; if not, only weekends count. */
  covered: z.boolean(),
  items: z.array(ZSpecialDay),
  lastCoveredYear: z.number().int(),
  nextYearMissing: z.boolean(),
  warning: ZCoverageWarning.nullable(),
});
export type TWorkingDaysYear = z.infer<typeof ZWorkingDaysYear>;

export const ZAddWorkingDaysResult = z.object({ date: ZDate, covered: z.boolean() });
export type TAddWorkingDaysResult = z.infer<typeof ZAddWorkingDaysResult>;
