import {
  DEFAULT_BACKUP_SETTINGS,
  type TBackupSettings,
  type TUpdateBackupSettings,
} from '../../domain/backup';
import { isTrue, nowIso, toBool } from '../db/dialect';
import type { DB } from '../db/schema';
import { AppError } from '../http/errors';
import type { SecretBox } from '../notifications/secret-box';
import type { BackupSettingsRow } from './backup-settings.table';

const ID = 'installation';
const SEAL_CONTEXT = 'backup-passphrase';

function toSettings(row: BackupSettingsRow | undefined): TBackupSettings {
  if (!row)
    return { ...DEFAULT_BACKUP_SETTINGS, encrypted: false, lastRunAt: null, lastError: null, version: 1 };
  return {
    enabled: isTrue(row.enabled),
    hour: row.hour,
    keepDaily: row.keep_daily,
    keepWeekly: row.keep_weekly,
    keepMonthly: row.keep_monthly,
    encrypted: row.passphrase !== null,
    lastRunAt: row.last_run_at,
    lastError: row.last_error,
    version: row.version,
  };
}

async function findRow(db: DB): Promise<BackupSettingsRow | undefined> {
  return db.selectFrom('backup_settings').selectAll().where('id', '=', ID).executeTakeFirst();
}

/** The settings; an installation that never saved any has the defaults (daily at 02:00, 7/4/12, not encrypted). */
export async function readBackupSettings(db: DB): Promise<TBackupSettings> {
  return toSettings(await findRow(db));
}

/** The passphrase scheduled backups are encrypted with, or null. */
export async function storedPassphrase(db: DB, box: SecretBox): Promise<string | null> {
  const row = await findRow(db);
  return row?.passphrase ? box.open(row.passphrase, SEAL_CONTEXT) : null;
}

export async function saveBackupSettings(
  db: DB,
  box: SecretBox,
  input: TUpdateBackupSettings,
  userId: string | null,
): Promise<TBackupSettings> {
  return db.transaction().execute(async (trx) => {
    const before = await findRow(trx);
    if ((before?.version ?? 1) !== input.version)
      throw new AppError('VERSION_CONFLICT', { extra: { current: toSettings(before) } });
    const passphrase =
      input.passphrase === undefined
        ? (before?.passphrase ?? null)
        : input.passphrase === null
          ? null
          : box.seal(input.passphrase, SEAL_CONTEXT);
    const values = {
      enabled: toBool(trx, input.enabled),
      hour: input.hour,
      keep_daily: input.keepDaily,
      keep_weekly: input.keepWeekly,
      keep_monthly: input.keepMonthly,
      passphrase,
      version: input.version + 1,
      updated_at: nowIso(),
      updated_by: userId,
    };
    if (before) await trx.updateTable('backup_settings').set(values).where('id', '=', ID).execute();
    else
      await trx
        .insertInto('backup_settings')
        .values({ id: ID, ...values })
        .execute();
    return toSettings(await findRow(trx));
  });
}

/** How the last scheduled backup went (kept even when the settings were never saved). */
export async function recordRun(db: DB, at: string, error: string | null): Promise<void> {
  const updated = await db
    .updateTable('backup_settings')
    .set({ last_run_at: at, last_error: error })
    .where('id', '=', ID)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0) return;
  await db
    .insertInto('backup_settings')
    .values({
      id: ID,
      enabled: toBool(db, DEFAULT_BACKUP_SETTINGS.enabled),
      hour: DEFAULT_BACKUP_SETTINGS.hour,
      keep_daily: DEFAULT_BACKUP_SETTINGS.keepDaily,
      keep_weekly: DEFAULT_BACKUP_SETTINGS.keepWeekly,
      keep_monthly: DEFAULT_BACKUP_SETTINGS.keepMonthly,
      passphrase: null,
      last_run_at: at,
      last_error: error,
      updated_at: at,
      updated_by: null,
    })
    .execute();
}
