import fs from 'node:fs/promises';
import path from 'node:path';
import type { TBackupFile, TBackupJob, TBackupKind } from '../../domain/backup';
import { now } from '../clock';
import { nowIso } from '../db/dialect';
import type { DB } from '../db/schema';
import { AppError, storedFailure } from '../http/errors';
import { archiveReader } from './backup-archive';
import type { SecretBox } from '../notifications/secret-box';
import { backupName, backupPath, listBackups } from './backup-folder';
import { restoreBackup } from './backup-restore';
import { storedPassphrase } from './backup-settings';
import { writeBackup, type BackupProgress } from './backup-write';

/** Where an installation's data is and how its backups are made; one per app (the CLI makes its own). */
export interface BackupPlace {
  db: DB;
  /** SQLite's file; null on PostgreSQL or in memory. */
  sqliteFile: string | null;
  dataDir: string;
  secretBox: SecretBox;
  /** The backup or restore this process is running or ran last, for the page's progress. */
  job: TBackupJob | null;
}

export const backupDir = (place: BackupPlace) => path.join(place.dataDir, 'backups');

/** What a backup reads: the database, SQLite's file and the data folder with the attached files. */
export const sourceOf = (place: BackupPlace) => ({
  db: place.db,
  sqliteFile: place.sqliteFile,
  filesRoot: place.dataDir,
});

function track(place: BackupPlace, action: TBackupJob['action']) {
  if (place.job && place.job.finishedAt === null) throw new AppError('BACKUP_BUSY');
  const job: TBackupJob = {
    action,
    phase: 'tables',
    done: 0,
    total: 0,
    startedAt: nowIso(),
    finishedAt: null,
    name: null,
    error: null,
  };
  place.job = job;
  return {
    progress: (p: BackupProgress) => Object.assign(job, p),
    finish(name: string | null, error: unknown) {
      Object.assign(job, {
        phase: error ? 'failed' : 'done',
        done: error ? job.done : job.total,
        finishedAt: nowIso(),
        name,
        error: error ? storedFailure(error) : null,
      });
    },
  };
}

/**
 * Writes a backup into the backups folder: with the passphrase given, else the one scheduled backups use, else
 * unencrypted.
 */
export async function createBackup(
  place: BackupPlace,
  kind: TBackupKind,
  passphrase: string | null | undefined,
  onProgress?: (p: BackupProgress) => void,
): Promise<TBackupFile> {
  const secret = passphrase ?? (await storedPassphrase(place.db, place.secretBox));
  await fs.mkdir(backupDir(place), { recursive: true });
  const name = backupName(kind, now(), secret !== null);
  await writeBackup(sourceOf(place), path.join(backupDir(place), name), {
    passphrase: secret,
    kind,
    ...(onProgress && { onProgress }),
  });
  return (await backupPath(backupDir(place), name)).file;
}

/**
 * Restores a listed backup. Once it is loaded and checked, and before the live data is replaced, what is there now
 * is backed up (before-restore), so a restore can itself be undone.
 */
export async function restoreFromFile(
  place: BackupPlace,
  file: string,
  passphrase: string | null,
  onProgress?: (p: BackupProgress) => void,
): Promise<void> {
  await restoreBackup(sourceOf(place), file, path.basename(file), {
    passphrase,
    ...(onProgress && { onProgress }),
    beforeSwap: async () => void (await createBackup(place, 'before-restore', null)),
  });
}

/** Runs a backup in the background with its progress on place.job; refuses while another runs. */
export function startBackup(place: BackupPlace, passphrase: string | null | undefined): TBackupJob {
  const tracked = track(place, 'backup');
  createBackup(place, 'manual', passphrase, tracked.progress).then(
    (file) => tracked.finish(file.name, null),
    (error: unknown) => tracked.finish(null, error),
  );
  return place.job!;
}

/** Refuses a wrong or missing passphrase, or a file that is no backup, at once; the rest runs in the background. */
export async function startRestore(
  place: BackupPlace,
  name: string,
  passphrase: string | null,
): Promise<TBackupJob> {
  const { path: file } = await backupPath(backupDir(place), name);
  (await archiveReader(file, name, passphrase)).destroy();
  const tracked = track(place, 'restore');
  restoreFromFile(place, file, passphrase, tracked.progress).then(
    () => tracked.finish(name, null),
    (error: unknown) => tracked.finish(name, error),
  );
  return place.job!;
}

/** The backups on the list (one being written ends in .partial and is not on it). */
export const backupsOf = (place: BackupPlace) => listBackups(backupDir(place));
