import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SNIFF_BYTES } from './file-type';

/** Where attached files live and how big one may be. */
export interface FileStore {
  /** The data folder: keys below are relative to it. */
  root: string;
  maxBytes: number;
}

export const DEFAULT_MAX_UPLOAD_MB = 20;

/**
 * The data folder of a real server; an app built without one (tests, scripts) gets a private temporary folder, as it
 * gets a secret key in memory.
 */
export function fileStoreOf(config: {
  dataDir?: string | undefined;
  maxUploadMb?: number | undefined;
}): FileStore {
  return {
    root: config.dataDir ?? path.join(os.tmpdir(), `keyi-files-${randomBytes(6).toString('hex')}`),
    maxBytes: (config.maxUploadMb ?? DEFAULT_MAX_UPLOAD_MB) * 1024 * 1024,
  };
}

/** files/<workspace>/<yyyy>/<mm>/<id>: made of ids and the date only, never of what the person called the file. */
export function storageKeyOf(workspaceId: string, id: string, at: string): string {
  return ['files', workspaceId, at.slice(0, 4), at.slice(5, 7), id].join('/');
}

const KEY_PATTERN = /^files\/[\w-]+\/\d{4}\/\d{2}\/[\w-]+$/;

/** The file of a key; a key that is not of our making (a hand-edited row) cannot point outside the folder. */
export function pathOfKey(store: FileStore, key: string): string {
  if (!KEY_PATTERN.test(key)) throw new Error(`not a storage key: ${key}`);
  return path.join(store.root, ...key.split('/'));
}

/** An upload written to a temporary file, with what was learnt on the way. */
export interface StagedFile {
  tempPath: string;
  size: number;
  sha256: string;
  /** The first bytes, to check the type by. */
  head: Buffer;
}

/**
 * Streams an upload into files/.tmp (in the data folder, so that the final rename stays on one file system and is
 * atomic): a file under its final name is always whole. The caller removes the temporary file on every path.
 */
export async function stageFile(store: FileStore, source: Readable): Promise<StagedFile> {
  const dir = path.join(store.root, 'files', '.tmp');
  await fs.mkdir(dir, { recursive: true });
  const tempPath = path.join(dir, randomBytes(16).toString('hex'));
  const hash = createHash('sha256');
  let size = 0;
  const head: Buffer[] = [];
  let headBytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      if (headBytes < SNIFF_BYTES) {
        head.push(chunk.subarray(0, SNIFF_BYTES - headBytes));
        headBytes += Math.min(chunk.length, SNIFF_BYTES - headBytes);
      }
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, tap, createWriteStream(tempPath, { flags: 'wx' }));
  } catch (error) {
    await removeFile(tempPath);
    throw error;
  }
  return { tempPath, size, sha256: hash.digest('hex'), head: Buffer.concat(head) };
}

/** Moves a staged file to its key. */
export async function commitFile(store: FileStore, tempPath: string, key: string): Promise<void> {
  const target = pathOfKey(store, key);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.rename(tempPath, target);
}

/** Removes a file if it is there; a file already gone is what was wanted. */
export async function removeFile(file: string): Promise<void> {
  await fs.rm(file, { force: true });
}

/**
 * Removes uploads left in files/.tmp by a process that stopped mid-upload (every live path removes its own): those
 * older than a day, so an upload still streaming is never touched.
 */
export async function sweepStagedFiles(store: FileStore, now = Date.now()): Promise<number> {
  const dir = path.join(store.root, 'files', '.tmp');
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    const stat = await fs.stat(file).catch(() => null);
    if (!stat || now - stat.mtimeMs < 86_400_000) continue;
    await removeFile(file);
    removed++;
  }
  return removed;
}
