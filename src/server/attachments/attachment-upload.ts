import type { MultipartFile } from '@fastify/multipart';
import { ATTACHMENT_TYPES, attachmentExtension } from '../../domain/attachment';
import type { ErrorCode } from '../../domain/error-codes';
import { AppError } from '../http/errors';
import { cleanFileName } from './file-name';
import { removeFile, stageFile, type FileStore, type StagedFile } from './file-store';
import { contentMatches } from './file-type';

/** Per request: a handful of photos of a meeting, not a folder. */
export const MAX_FILES_PER_UPLOAD = 10;

/** A received file that passed the checks, still in its temporary place. */
export interface ReceivedFile extends StagedFile {
  fileName: string;
  contentType: string;
}

/** The multipart limits of an upload request for this store. */
export function uploadLimits(store: FileStore) {
  return { fileSize: store.maxBytes, files: MAX_FILES_PER_UPLOAD, fields: 10, fieldSize: 1024, parts: 30 };
}

function refused(code: ErrorCode, fileName: string, store: FileStore): AppError {
  const limit = Math.round(store.maxBytes / (1024 * 1024));
  return new AppError(code, { params: { fileName, limit }, fields: [{ path: 'file', code }] });
}

/** The plugin's own errors for a request over its limits, as ours. */
function asAppError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
    return new AppError('PAYLOAD_TOO_LARGE', { cause: error });
  return error;
}

/**
 * Reads every file of the request into temporary files and checks each: its size, its extension against the
 * allow-list, and its first bytes against the extension. All or nothing: on the first refusal every file received so
 * far is removed, so that nothing of a refused request is kept.
 */
export async function receiveFiles(
  store: FileStore,
  parts: AsyncIterable<MultipartFile>,
): Promise<ReceivedFile[]> {
  const received: ReceivedFile[] = [];
  try {
    for await (const part of parts) {
      const fileName = cleanFileName(part.filename);
      const ext = attachmentExtension(fileName);
      // Refused before a byte is written: the extension alone rules it out.
      if (!ext) throw refused('ATTACHMENT_TYPE_NOT_ALLOWED', fileName, store);
      const staged = await stageFile(store, part.file);
      received.push({ ...staged, fileName, contentType: ATTACHMENT_TYPES[ext] });
      // Busboy stops at the limit and marks the stream truncated: what was written is not the whole file.
      if (part.file.truncated) throw refused('ATTACHMENT_TOO_LARGE', fileName, store);
      if (!contentMatches(ext, staged.head)) throw refused('ATTACHMENT_TYPE_NOT_ALLOWED', fileName, store);
    }
  } catch (error) {
    await discardFiles(received);
    throw asAppError(error);
  }
  if (received.length === 0)
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'file', code: 'FIELD_REQUIRED' }] });
  return received;
}

export async function discardFiles(files: readonly StagedFile[]): Promise<void> {
  await Promise.all(files.map((f) => removeFile(f.tempPath)));
}
