import fs from 'node:fs/promises';
import path from 'node:path';
import { backupsToKeep } from '../../domain/backup';
import { hourIn, todayIn } from '../../domain/dates';
import { DEFAULT_TIME_ZONE } from '../../domain/time-zone';
import { now } from '../clock';
import { storedFailure } from '../http/errors';
import { backupDir, backupsOf, createBackup, type BackupPlace } from './backup-runner';
import { readBackupSettings, recordRun } from './backup-settings';

/** The installation's calendar: its first workspace's time zone. */
async function installationTimeZone(place: BackupPlace): Promise<string> {
  const first = await place.db
    .selectFrom('workspaces')
    .select('time_zone')
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  return first?.time_zone ?? DEFAULT_TIME_ZONE;
}

/**
 * The daily backup: once a day, from the chosen hour on, unless one was made that day; then the scheduled backups
 * beyond what the settings keep are removed. A failure is recorded for the settings page and tried again next run.
 */
export async function runScheduledBackup(place: BackupPlace): Promise<Record<string, number>> {
  const settings = await readBackupSettings(place.db);
  if (!settings.enabled || (place.job && place.job.finishedAt === null)) return { written: 0, removed: 0 };
  const timeZone = await installationTimeZone(place);
  const localDay = (instant: string) => todayIn(timeZone, new Date(instant));
  const today = todayIn(timeZone, now());
  const scheduled = (await backupsOf(place)).filter((b) => b.kind === 'scheduled');
  if (scheduled.some((b) => localDay(b.createdAt) === today) || hourIn(timeZone, now()) < settings.hour)
    return { written: 0, removed: 0 };
  try {
    scheduled.unshift(await createBackup(place, 'scheduled', undefined));
    await recordRun(place.db, now().toISOString(), null);
  } catch (error) {
    await recordRun(place.db, now().toISOString(), storedFailure(error));
    return { written: 0, removed: 0 };
  }
  const keep = backupsToKeep(scheduled, settings, localDay);
  let removed = 0;
  for (const backup of scheduled) {
    if (keep.has(backup.name)) continue;
    await fs.rm(path.join(backupDir(place), backup.name), { force: true });
    removed++;
  }
  return { written: 1, removed };
}
