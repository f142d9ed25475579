import dayjs from 'dayjs';
import isoWeekPlugin from 'dayjs/plugin/isoWeek.js';
import { z } from 'zod';
import { ZVersion } from './user';

dayjs.extend(isoWeekPlugin);

export const BACKUP_KINDS = ['manual', 'scheduled', 'before-restore', 'uploaded'] as const;
export type TBackupKind = (typeof BACKUP_KINDS)[number];

/** A backup in the data folder's backups/. */
export const ZBackupFile = z.object({
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  bytes: z.number().int(),
  encrypted: z.boolean(),
});
export type TBackupFile = z.infer<typeof ZBackupFile>;

/** Daily backups at an hour of the installation's time zone, thinned out as 7 daily, 4 weekly, 12 monthly. */
export const ZBackupSettings = z.object({
  enabled: z.boolean(),
  hour: z.number().int().min(0).max(23),
  keepDaily: z.number().int().min(1).max(60),
  keepWeekly: z.number().int().min(0).max(52),
  keepMonthly: z.number().int().min(0).max(120),
  /** Whether scheduled backups are encrypted (the passphrase itself is never sent back). */
  encrypted: z.boolean(),
  lastRunAt: z.string().nullable(),
  lastError: z.string().nullable(),
  version: z.number().int(),
});
export type TBackupSettings = z.infer<typeof ZBackupSettings>;

export const DEFAULT_BACKUP_SETTINGS = {
  enabled: true,
  hour: 2,
  keepDaily: 7,
  keepWeekly: 4,
  keepMonthly: 12,
};

/** At least 10 characters: a backup leaves the building, and age's scrypt only slows down guessing. */
export const ZPassphrase = z.string().min(10).max(200);

export const ZUpdateBackupSettings = z.object({
  enabled: z.boolean(),
  hour: z.number().int().min(0).max(23),
  keepDaily: z.number().int().min(1).max(60),
  keepWeekly: z.number().int().min(0).max(52),
  keepMonthly: z.number().int().min(0).max(120),
  /** A new passphrase for scheduled backups; null stops encrypting; absent keeps the one stored. */
  passphrase: ZPassphrase.nullable().optional(),
  version: ZVersion,
});
export type TUpdateBackupSettings = z.infer<typeof ZUpdateBackupSettings>;

export const ZBackupJob = z.object({
  action: z.enum(['backup', 'restore']),
  phase: z.enum(['tables', 'files', 'verify', 'done', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** The backup written or restored. */
  name: z.string().nullable(),
  error: z.string().nullable(),
});
export type TBackupJob = z.infer<typeof ZBackupJob>;

export const ZBackupOverview = z.object({
  backups: z.array(ZBackupFile),
  settings: ZBackupSettings,
  job: ZBackupJob.nullable(),
});
export type TBackupOverview = z.infer<typeof ZBackupOverview>;

export interface Keep {
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
}

/**
 * The scheduled backups to keep: the newest of each of the last `keepDaily` days that have one, of the last
 * `keepWeekly` ISO weeks and of the last `keepMonthly` months (days as the installation's calendar has them).
 * `localDay` gives a backup's day as YYYY-MM-DD.
 */
export function backupsToKeep<T extends { name: string; createdAt: string }>(
  backups: readonly T[],
  keep: Keep,
  localDay: (instant: string) => string,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const kept = new Set<string>();
  const pick = (limit: number, period: (day: string) => string) => {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const key = period(localDay(backup.createdAt));
      if (seen.has(key)) continue;
      if (seen.size === limit) break;
      seen.add(key);
      kept.add(backup.name);
    }
  };
  pick(keep.keepDaily, (day) => day);
  pick(keep.keepWeekly, isoWeek);
  pick(keep.keepMonthly, (day) => day.slice(0, 7));
  return kept;
}

/** The ISO week (Monday first) of a YYYY-MM-DD day, as 2026-W49. */
export function isoWeek(day: string): string {
  const date = dayjs(day);
  return `${date.isoWeekYear()}-W${String(date.isoWeek()).padStart(2, '0')}`;
}
