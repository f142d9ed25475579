import type { ColumnType, Selectable } from 'kysely';
import type { Instant } from '../db/common.table';

export interface HistoryTable {
  id: string;
  workspace_id: string;
  entity_type: string;
  entity_id: string;
  /** create | update | delete | restore | purge, and module-specific actions such as reveal or merge. */
  action: string;
  /** JSON: { field: { from, to } } for updates, the whole record for create/delete. */
  changes: ColumnType<unknown, string, string>;
  user_id: string | null;
  at: Instant;
}
export type HistoryRow = Selectable<HistoryTable>;
