import type { ReadLimits } from './sheet';

const MB = 1024 * 1024;

/** One import: a sheet of half a million rows is a migration, not a list; bigger files are split. */
export const IMPORT_LIMITS: ReadLimits = { fileBytes: 100 * MB, unpackedBytes: 1024 * MB, rows: 500_000 };

/**
 * Rows written per transaction. SQLite writes each page a transaction changed once, at its commit, and a customer row
 * with varied owners, cities and names changes a page of some ten indexes: inserting such rows cost 207 µs a row with
 * a commit every 1,000 rows against 62 µs with 10,000 (bench/customer-insert-floor.ts). A transaction's rows are read
 * and checked before it begins, so it holds SQLite's one connection only while it writes (a couple of seconds).
 */
export const IMPORT_WRITE = { transactionRows: 10_000 };
