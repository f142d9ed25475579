import { z } from 'zod';
import { DICTIONARIES } from '../dictionaries';
import { IMPORT_KINDS } from './import-fields';
import { IMPORT_PROBLEMS } from './import-rows';

export const DUPLICATE_POLICIES = ['skip', 'update', 'create'] as const;
export type TDuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

/** uploaded → running → done | failed; done → undone; uploaded and never run for a day → expired (file removed). */
export const IMPORT_STATUSES = ['uploaded', 'running', 'done', 'failed', 'undone', 'expired'] as const;

/** How the person reads a file: which sheet, where its headers are, which column is which field, their answers. */
export const ZImportSettings = z.strictObject({
  sheet: z.number().int().min(0).max(200).default(0),
  headerRow: z.number().int().min(0).max(200).default(0),
  mapping: z.array(z.string().max(40).nullable()).max(300),
  /** Labels no dictionary entry names, mapped by the person to an entry: { dictionary: { label: key } }. */
  valueMap: z
    .partialRecord(z.enum(DICTIONARIES), z.record(z.string().max(200), z.string().max(60)))
    .default({}),
  duplicates: z.enum(DUPLICATE_POLICIES).default('skip'),
});
export type TImportSettings = z.infer<typeof ZImportSettings>;

const ZCell = z.union([z.string(), z.number(), z.null()]);

export const ZRowProblem = z.object({
  column: z.number().int().nullable(),
  field: z.string(),
  code: z.enum(IMPORT_PROBLEMS),
  value: z.string().optional(),
  error: z.string().optional(),
});

export const ZProblemRow = z.object({
  line: z.number().int(),
  cells: z.array(ZCell),
  problems: z.array(ZRowProblem),
});

export const ZImportBatch = z.object({
  id: z.string(),
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv', 'markdown']),
  status: z.enum(IMPORT_STATUSES),
  settings: ZImportSettings,
  totalRows: z.number().int(),
  doneRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  rejected: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  finishedAt: z.string().nullable(),
  undoneAt: z.string().nullable(),
  version: z.number().int(),
});
export type TImportBatch = z.infer<typeof ZImportBatch>;

/** What an upload answers: the file's sheets, its first rows as text, and how Keyi would read it. */
export const ZImportDraft = z.object({
  batch: ZImportBatch,
  sheets: z.array(z.object({ name: z.string() })),
  /** The chosen sheet's first rows, as text, for the person to see where the headers are. */
  rows: z.array(z.array(z.string())),
  headers: z.array(z.string()),
});
export type TImportDraft = z.infer<typeof ZImportDraft>;

/** What a check of the whole file answers before anything is written. */
export const ZImportCheck = z.object({
  totalRows: z.number().int(),
  readyRows: z.number().int(),
  problemRows: z.number().int(),
  /** The first rows with problems (a hundred at most), with their cells. */
  problems: z.array(ZProblemRow),
  /** Values no dictionary entry names, by field, with how many rows use each. */
  unknownValues: z.array(
    z.object({
      field: z.string(),
      dictionary: z.enum(DICTIONARIES),
      label: z.string(),
      rows: z.number().int(),
    }),
  ),
  /** Rows that match a customer already in the workspace, or an earlier row of the file. */
  duplicates: z.object({ existing: z.number().int(), inFile: z.number().int() }),
});
export type TImportCheck = z.infer<typeof ZImportCheck>;
