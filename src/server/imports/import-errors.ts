import type { ErrorCode } from '../../domain/error-codes';
import { AppError } from '../http/errors';

type Refusal = Extract<
  ErrorCode,
  | 'IMPORT_NOT_SPREADSHEET'
  | 'IMPORT_OLD_EXCEL'
  | 'IMPORT_FILE_TOO_LARGE'
  | 'IMPORT_UNPACKS_TOO_LARGE'
  | 'IMPORT_TOO_MANY_ROWS'
>;

/** A file refused before anything of it reaches the workspace, with the file's name (and the limit) in the message. */
export function refuse(code: Refusal, fileName: string, limit?: number): never {
  throw new AppError(code, { params: { fileName, ...(limit !== undefined && { limit }) } });
}
