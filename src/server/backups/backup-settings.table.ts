import type { ColumnType, Selectable } from 'kysely';
import type { Instant } from '../db/common.table';

/** The installation's one row of backup settings (id 'installation'). */
export interface BackupSettingsTable {
  id: string;
  enabled: boolean | number;
  hour: number;
  keep_daily: number;
  keep_weekly: number;
  keep_monthly: number;
  /** Sealed with the secret key; null: scheduled backups are not encrypted. */
  passphrase: string | null;
  last_run_at: Instant | null;
  last_error: string | null;
  version: ColumnType<number, number | undefined, number>;
  updated_at: Instant;
  updated_by: string | null;
}
export type BackupSettingsRow = Selectable<BackupSettingsTable>;
