import type { CellValue } from '../../domain/import/import-dates';

/** One row of a sheet: its number as the person sees it (Excel's row, the CSV record, the Markdown line). */
export interface SheetRow {
  line: number;
  cells: CellValue[];
}

/** A table in an import file: an Excel worksheet, the CSV itself, a Markdown table. */
export interface Sheet {
  name: string;
  rows(): AsyncIterable<SheetRow>;
}

/** Limits a file is read under; past them it is refused before anything reaches the workspace. */
export interface ReadLimits {
  /** Bytes of the file as uploaded. */
  fileBytes: number;
  /** Bytes an .xlsx may unpack to (a zip bomb unpacks to gigabytes). */
  unpackedBytes: number;
  /** Data rows of one import. */
  rows: number;
}
