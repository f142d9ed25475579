import type { ReadLimits } from './sheet';

const MB = 1024 * 1024;

/** One import: a sheet of half a million rows is a migration, not a list; bigger files are split. */
export const IMPORT_LIMITS: ReadLimits = { fileBytes: 100 * MB, unpackedBytes: 1024 * MB, rows: 500_000 };
