import fs from 'node:fs/promises';
import path from 'node:path';
import { BACKUP_KINDS, type TBackupFile, type TBackupKind } from '../../domain/backup';
import { notFound } from '../http/errors';

/** keyi-20261201-020000-scheduled.tar.gz(.age): when (UTC), what made it, whether it is encrypted. */
const NAME = new RegExp(`^keyi-(\\d{8})-(\\d{6})-(${BACKUP_KINDS.join('|')})\\.tar\\.gz(\\.age)?$`);

export function backupName(kind: TBackupKind, at: Date, encrypted: boolean): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `keyi-${stamp}-${kind}.tar.gz${encrypted ? '.age' : ''}`;
}

function describe(name: string, bytes: number): TBackupFile | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, day, time, kind, age] = match as unknown as [
    string,
    string,
    string,
    TBackupKind,
    string | undefined,
  ];
  const createdAt = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4)}.000Z`;
  return { name, kind, createdAt, bytes, encrypted: age !== undefined };
}

/** The backups in the folder, newest first (files of other names, and unfinished ones, are not backups). */
export async function listBackups(dir: string): Promise<TBackupFile[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const found: TBackupFile[] = [];
  for (const name of names) {
    if (!NAME.test(name)) continue;
    const file = describe(name, (await fs.stat(path.join(dir, name))).size);
    if (file) found.push(file);
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** The path of a listed backup; any other name (a path, say) is not found. */
export async function backupPath(dir: string, name: string): Promise<{ path: string; file: TBackupFile }> {
  if (!NAME.test(name)) throw notFound();
  const full = path.join(dir, name);
  const stat = await fs.stat(full).catch(() => null);
  if (!stat?.isFile()) throw notFound();
  return { path: full, file: describe(name, stat.size)! };
}
