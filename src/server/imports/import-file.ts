import fs from 'node:fs';
import path from 'node:path';
import { markdownSheets } from './read-markdown';
import { csvSheet } from './read-csv';
import { xlsxSheets } from './read-xlsx';
import { refuse } from './import-errors';
import type { ReadLimits, Sheet } from './sheet';
import { readHead, readText, sniffEncoding } from './text-encoding';
import { checkZip } from './zip-guard';

export type ImportFormat = 'xlsx' | 'csv' | 'markdown';

export interface ImportFile {
  format: ImportFormat;
  sheets: Sheet[];
}

const ZIP = Buffer.from('PK\x03\x04', 'latin1');
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
/** A Markdown file is read whole; one this big is no hand-kept template. */
const MARKDOWN_BYTES = 20 * 1024 * 1024;
const MB = 1024 * 1024;

/**
 * An uploaded file opened for import, by what its bytes are (a renamed file is read as what it is): .xlsx (checked
 * for a zip bomb first), CSV in UTF-8 or GB18030, or Markdown with tables. Anything else is refused with a message
 * saying what Keyi takes.
 */
export async function openImportFile(
  file: string,
  fileName: string,
  limits: ReadLimits,
): Promise<ImportFile> {
  const { size } = await fs.promises.stat(file);
  if (size > limits.fileBytes) refuse('IMPORT_FILE_TOO_LARGE', fileName, Math.floor(limits.fileBytes / MB));
  const head = await readHead(file, 8);
  if (head.subarray(0, 4).equals(OLE)) refuse('IMPORT_OLD_EXCEL', fileName);
  if (head.subarray(0, 4).equals(ZIP)) {
    const check = await checkZip(file, limits.unpackedBytes);
    if (check === 'unpacksTooLarge')
      refuse('IMPORT_UNPACKS_TOO_LARGE', fileName, Math.floor(limits.unpackedBytes / MB));
    if (check !== 'ok') refuse('IMPORT_NOT_SPREADSHEET', fileName);
    return { format: 'xlsx', sheets: await xlsxSheets(file) };
  }
  const encoding = size ? await sniffEncoding(file) : null;
  if (!encoding) refuse('IMPORT_NOT_SPREADSHEET', fileName);
  const extension = path.extname(fileName).toLowerCase();
  if (extension === '.md' || extension === '.markdown') {
    if (size > MARKDOWN_BYTES) refuse('IMPORT_FILE_TOO_LARGE', fileName, MARKDOWN_BYTES / MB);
    const sheets = markdownSheets(await readText(file, encoding), fileName);
    if (!sheets.length) refuse('IMPORT_NOT_SPREADSHEET', fileName);
    return { format: 'markdown', sheets };
  }
  return { format: 'csv', sheets: [csvSheet(file, path.basename(fileName, extension), encoding)] };
}
