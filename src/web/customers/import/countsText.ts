import type { TImportBatch } from '../../../domain/import/import-batch';
import type { Messages } from '../../i18n/zh-CN';

/** What an import did, in words: customers can be filled in, other records only created. */
export function countsText(t: Messages, b: TImportBatch): string {
  const r = t.imports.run;
  return b.kind === 'customers'
    ? r.counts(b.created, b.updated, b.skipped, b.rejected)
    : r.recordCounts(t.imports.kinds[b.kind].created(b.created), b.skipped, b.rejected);
}
