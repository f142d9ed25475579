import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Decrypter, Encrypter } from 'age-encryption';
import tar from 'tar-stream';
import type { TBackupKind } from '../../domain/backup';
import { AppError } from '../http/errors';
import { readHead } from '../imports/text-encoding';

/**
 * A backup is a gzipped tar, so that anyone can open it with standard tools, encrypted with age (scrypt for the key,
 * ChaCha20-Poly1305 in 64 KiB chunks, each authenticated) when it has a passphrase: `age -d` opens it too.
 *
 *   keyi-backup.json          what it is: format, Keyi's version, database, last migration, every table's columns
 *   tables/<table>/<n>.jsonl  rows as JSON arrays, in the columns' order, up to ROWS_PER_ENTRY an entry
 *   files/…                   attached files, under their storage keys
 *   manifest.json             rows and SHA-256 of every table and file, written last and checked on every read
 */
export const META_ENTRY = 'keyi-backup.json';
export const MANIFEST_ENTRY = 'manifest.json';
export const BACKUP_FORMAT = 'keyi-backup';
export const ROWS_PER_ENTRY = 5000;

export interface BackupTable {
  name: string;
  columns: string[];
  withRowid: boolean;
}

export interface BackupMeta {
  format: typeof BACKUP_FORMAT;
  version: 1;
  app: string;
  dialect: 'sqlite' | 'postgres';
  migration: string;
  createdAt: string;
  kind: BackupKind | 'workspace-export';
  tables: BackupTable[];
}

export type BackupKind = TBackupKind;

export interface BackupManifest {
  tables: Record<string, { rows: number; sha256: string }>;
  files: Record<string, { bytes: number; sha256: string }>;
}

const AGE_MAGIC = Buffer.from('age-encryption.org/v1\n');

/** Buffers do not survive JSON; they travel as base64 in an object no column holds otherwise. */
export function encodeValue(value: unknown): unknown {
  return Buffer.isBuffer(value) ? { $base64: value.toString('base64') } : value;
}

export function decodeValue(value: unknown): unknown {
  if (value && typeof value === 'object' && '$base64' in value)
    return Buffer.from((value as { $base64: string }).$base64, 'base64');
  return value;
}

/** A backup that does not add up; where it failed (a table, a file, the stream) is for the log, not the reader. */
export function damaged(reason: string, cause?: unknown): AppError {
  return new AppError('BACKUP_DAMAGED', { detail: `backup damaged: ${reason}`, cause });
}

/** A tar packer whose output goes, gzipped and encrypted when a passphrase is given, into `file`. */
export function archiveWriter(
  file: string,
  passphrase: string | null,
): { pack: tar.Pack; done: Promise<void> } {
  const pack = tar.pack();
  const gzip = createGzip({ level: 3 });
  const out = createWriteStream(file, { flags: 'wx' });
  const done = (async () => {
    if (!passphrase) return pipeline(pack, gzip, out);
    const encrypter = new Encrypter();
    encrypter.setPassphrase(passphrase);
    const plain = pack.pipe(gzip);
    const encrypted = await encrypter.encrypt(Readable.toWeb(plain) as ReadableStream<Uint8Array>);
    return pipeline(Readable.fromWeb(encrypted as never), out);
  })();
  return { pack, done };
}

/** Adds one entry and waits until the packer took it (backpressure over a large dump). */
export function addEntry(pack: tar.Pack, name: string, body: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    pack.entry({ name, size: body.length, mtime: new Date(0) }, body, (error) =>
      error ? reject(error) : resolve(),
    );
  });
}

/** Adds a file from disk as it streams; answers its SHA-256. */
export async function addFileEntry(
  pack: tar.Pack,
  name: string,
  path: string,
  size: number,
): Promise<string> {
  const hash = createHash('sha256');
  let finished!: Promise<void>;
  const entry = await new Promise<ReturnType<tar.Pack['entry']>>((resolve) => {
    finished = new Promise((done, fail) => {
      resolve(pack.entry({ name, size, mtime: new Date(0) }, (error) => (error ? fail(error) : done())));
    });
  });
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    if (!entry.write(chunk)) await new Promise((resolve) => entry.once('drain', () => resolve(null)));
  }
  entry.end(undefined);
  await finished;
  return hash.digest('hex');
}

/** What a file is by its first bytes: age's header (encrypted), gzip's magic (plain), or no backup at all. */
export async function archiveKind(file: string): Promise<'encrypted' | 'plain' | null> {
  const head = await readHead(file, AGE_MAGIC.length);
  if (head.equals(AGE_MAGIC)) return 'encrypted';
  return head[0] === 0x1f && head[1] === 0x8b ? 'plain' : null;
}

/**
 * The tar entries of a backup, decrypted and unzipped as they stream. A wrong passphrase fails before the first
 * entry; a changed byte anywhere fails the chunk it is in (age) or the gzip check.
 */
export async function archiveReader(
  file: string,
  fileName: string,
  passphrase: string | null,
): Promise<tar.Extract> {
  const kind = await archiveKind(file);
  if (!kind) throw new AppError('BACKUP_NOT_KEYI', { params: { fileName } });
  let source: Readable = createReadStream(file);
  if (kind === 'encrypted') {
    if (!passphrase) throw new AppError('BACKUP_PASSPHRASE_NEEDED');
    const decrypter = new Decrypter();
    decrypter.addPassphrase(passphrase);
    try {
      const plain = await decrypter.decrypt(Readable.toWeb(source) as ReadableStream<Uint8Array>);
      source = Readable.fromWeb(plain as never);
    } catch (error) {
      source.destroy();
      throw /no identity matched/.test(String(error))
        ? new AppError('BACKUP_WRONG_PASSPHRASE')
        : damaged('header', error);
    }
  }
  const extract = tar.extract();
  const gunzip = createGunzip();
  pipeline(source, gunzip, extract).catch((error: unknown) => extract.destroy(damaged('stream', error)));
  return extract;
}
