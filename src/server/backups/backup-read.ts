import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { AppError } from '../http/errors';
import {
  archiveReader,
  BACKUP_FORMAT,
  damaged,
  decodeValue,
  MANIFEST_ENTRY,
  META_ENTRY,
  type BackupManifest,
  type BackupMeta,
  type BackupTable,
} from './backup-archive';

export interface BackupVisitor {
  /** Before any row: may refuse the backup (a newer schema, say). */
  meta?(meta: BackupMeta): Promise<void>;
  rows?(table: BackupTable, rows: unknown[][]): Promise<void>;
  /** The file's bytes must be consumed; its hash is checked against the manifest at the end. */
  file?(name: string, content: Readable): Promise<void>;
}

async function bytesOf(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Reads a whole backup, checking it as it goes: the description first, every table's rows and every file against
 * the manifest written last (counts and SHA-256). Anything that does not add up is BACKUP_DAMAGED, raised before the
 * caller is told the read is over, so a restore never swaps in what it could not check.
 */
export async function readBackup(
  file: string,
  fileName: string,
  passphrase: string | null,
  visitor: BackupVisitor = {},
): Promise<{ meta: BackupMeta; manifest: BackupManifest }> {
  const extract = await archiveReader(file, fileName, passphrase);
  let meta: BackupMeta | null = null;
  let manifest: BackupManifest | null = null;
  const tableHashes = new Map<string, { rows: number; hash: ReturnType<typeof createHash> }>();
  const fileHashes = new Map<string, { bytes: number; sha256: string }>();
  try {
    for await (const entry of extract) {
      const name = entry.header.name;
      if (!meta) {
        if (name !== META_ENTRY) throw new AppError('BACKUP_NOT_KEYI', { params: { fileName } });
        meta = JSON.parse((await bytesOf(entry)).toString('utf8')) as BackupMeta;
        if (meta.format !== BACKUP_FORMAT) throw new AppError('BACKUP_NOT_KEYI', { params: { fileName } });
        await visitor.meta?.(meta);
      } else if (name.startsWith('tables/')) {
        const tableName = name.split('/')[1]!;
        const table = meta.tables.find((t) => t.name === tableName);
        if (!table) throw damaged(`unknown table ${tableName}`);
        const body = await bytesOf(entry);
        const seen = tableHashes.get(tableName) ?? { rows: 0, hash: createHash('sha256') };
        tableHashes.set(tableName, seen);
        seen.hash.update(body);
        const rows = body
          .toString('utf8')
          .split('\n')
          .filter((line) => line.length > 0)
          .map((line) => (JSON.parse(line) as unknown[]).map(decodeValue));
        seen.rows += rows.length;
        if (visitor.rows) await visitor.rows(table, rows);
      } else if (name.startsWith('files/')) {
        const hash = createHash('sha256');
        let bytes = 0;
        const content = Readable.from(
          (async function* () {
            for await (const chunk of entry as AsyncIterable<Buffer>) {
              hash.update(chunk);
              bytes += chunk.length;
              yield chunk;
            }
          })(),
        );
        if (visitor.file) await visitor.file(name, content);
        for await (const rest of content) void rest;
        fileHashes.set(name, { bytes, sha256: hash.digest('hex') });
      } else if (name === MANIFEST_ENTRY) {
        manifest = JSON.parse((await bytesOf(entry)).toString('utf8')) as BackupManifest;
      } else {
        throw damaged(`unexpected entry ${name}`);
      }
    }
  } catch (error) {
    extract.destroy();
    if (error instanceof AppError) throw error;
    throw damaged(error instanceof SyntaxError ? 'content' : 'stream', error);
  }
  if (!meta) throw new AppError('BACKUP_NOT_KEYI', { params: { fileName } });
  if (!manifest) throw damaged('no manifest');
  for (const table of meta.tables) {
    const expected = manifest.tables[table.name];
    const seen = tableHashes.get(table.name);
    const rows = seen?.rows ?? 0;
    const sha256 = (seen?.hash ?? createHash('sha256')).digest('hex');
    if (!expected || expected.rows !== rows || expected.sha256 !== sha256)
      throw damaged(`table ${table.name}`);
  }
  const expectedFiles = Object.entries(manifest.files);
  if (expectedFiles.length !== fileHashes.size) throw damaged('files');
  for (const [name, expected] of expectedFiles) {
    const seen = fileHashes.get(name);
    if (!seen || seen.sha256 !== expected.sha256 || seen.bytes !== expected.bytes) throw damaged(name);
  }
  return { meta, manifest };
}
