import type {
  TBackupFile,
  TBackupJob,
  TBackupOverview,
  TBackupSettings,
  TUpdateBackupSettings,
} from '../../domain/backup';
import { api } from './client';

export const backupsKey = ['backups'] as const;

const path = (name: string, what = '') => `/backups/${encodeURIComponent(name)}${what}`;

export const getBackups = () => api.get<TBackupOverview>('/backups');
export const startBackup = () => api.post<TBackupJob>('/backups', {});
export const saveBackupSettings = (settings: TUpdateBackupSettings) =>
  api.patch<TBackupSettings>('/backups/settings', settings);
export const removeBackup = (name: string) => api.delete(path(name));
export const restoreBackup = (name: string, passphrase: string | null) =>
  api.post<TBackupJob>(path(name, '/restore'), { passphrase });
/** A plain link: the session cookie authorises it, and the server streams the file. */
/** The workspace's records as JSON lines and its files, in a .tar.gz the server streams. */
export const WORKSPACE_EXPORT_URL = '/api/v1/workspace/export';
export const backupFileUrl = (name: string) => `/api/v1${path(name, '/file')}`;

export function uploadBackup(file: File, onProgress?: (percent: number) => void): Promise<TBackupFile> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload('/backups/upload', form, onProgress);
}
