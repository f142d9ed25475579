import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { nowIso } from '../db/dialect';
import { VERSION } from '../version';
import {
  addEntry,
  addFileEntry,
  archiveWriter,
  BACKUP_FORMAT,
  encodeValue,
  MANIFEST_ENTRY,
  META_ENTRY,
  type BackupKind,
  type BackupManifest,
  type BackupMeta,
} from './backup-archive';
import { dumpSnapshot, type TableChoice } from './backup-dump';
import { readBackup } from './backup-read';

export interface BackupSource {
  db: Kysely<any>;
  /** The SQLite file the app runs on (null or ':memory:' without one); unused on PostgreSQL. */
  sqliteFile: string | null;
  /** The data folder whose files/ holds attachments. */
  filesRoot: string;
}

export interface BackupProgress {
  phase: 'tables' | 'files' | 'verify';
  done: number;
  total: number;
}

export interface WrittenBackup {
  file: string;
  bytes: number;
  meta: BackupMeta;
  manifest: BackupManifest;
}

/** Attached files under files/ (the staging folder .tmp aside), as paths relative to the data folder. */
async function attachedFiles(
  root: string,
  under: string,
): Promise<{ name: string; full: string; size: number }[]> {
  const base = path.join(root, ...under.split('/'));
  const entries = await fs.readdir(base, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(root, full).split(path.sep).join('/');
    if (relative.startsWith('files/.tmp/')) continue;
    files.push({ name: relative, full, size: (await fs.stat(full)).size });
  }
  return files;
}

/**
 * Writes a backup to `file` (refusing to overwrite one): a snapshot of every table, the attached files and a
 * manifest; then reads the whole file back and checks it against the manifest before giving it its name, so a
 * backup on the list is one that restores.
 */
export async function writeBackup(
  source: BackupSource,
  file: string,
  options: {
    passphrase: string | null;
    kind: BackupKind | 'workspace-export';
    onProgress?: (p: BackupProgress) => void;
    /** A workspace export: its tables' rows and its folder of files only. */
    only?: { tables: TableChoice; files: string };
  },
): Promise<WrittenBackup> {
  const partial = `${file}.partial`;
  const { pack, done } = archiveWriter(partial, options.passphrase);
  const manifest: BackupManifest = { tables: {}, files: {} };
  let meta: BackupMeta | null = null;
  try {
    const hashes = new Map<string, ReturnType<typeof createHash>>();
    const entries = new Map<string, number>();
    let tablesDone = 0;
    let current = '';
    await dumpSnapshot(
      source.db,
      source.sqliteFile,
      async (snapshot) => {
        meta = {
          format: BACKUP_FORMAT,
          version: 1,
          app: VERSION,
          createdAt: nowIso(),
          kind: options.kind,
          ...snapshot,
        };
        for (const table of snapshot.tables) {
          manifest.tables[table.name] = { rows: 0, sha256: '' };
          hashes.set(table.name, createHash('sha256'));
        }
        await addEntry(pack, META_ENTRY, Buffer.from(JSON.stringify(meta, null, 2)));
      },
      async (table, rows) => {
        if (table.name !== current) {
          current = table.name;
          options.onProgress?.({ phase: 'tables', done: tablesDone++, total: meta!.tables.length });
        }
        const body = Buffer.from(rows.map((row) => `${JSON.stringify(row.map(encodeValue))}\n`).join(''));
        const entry = manifest.tables[table.name]!;
        hashes.get(table.name)!.update(body);
        entries.set(table.name, (entries.get(table.name) ?? 0) + 1);
        await addEntry(
          pack,
          `tables/${table.name}/${String(entries.get(table.name)).padStart(6, '0')}.jsonl`,
          body,
        );
        entry.rows += rows.length;
      },
      options.only?.tables,
    );
    for (const [name, hash] of hashes) manifest.tables[name]!.sha256 = hash.digest('hex');
    const files = await attachedFiles(source.filesRoot, options.only?.files ?? 'files');
    for (const [index, attached] of files.entries()) {
      options.onProgress?.({ phase: 'files', done: index, total: files.length });
      const sha256 = await addFileEntry(pack, attached.name, attached.full, attached.size);
      manifest.files[attached.name] = { bytes: attached.size, sha256 };
    }
    await addEntry(pack, MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest)));
    pack.finalize();
    await done;
    options.onProgress?.({ phase: 'verify', done: 0, total: 1 });
    await readBackup(partial, path.basename(file), options.passphrase);
    await fs.rename(partial, file);
  } catch (error) {
    pack.destroy();
    await done.catch(() => undefined);
    await fs.rm(partial, { force: true });
    throw error;
  }
  return { file, bytes: (await fs.stat(file)).size, meta: meta!, manifest };
}
