import type { ColumnType } from 'kysely';
import type { Instant } from '../db/common.table';

export interface BulkOperationTable {
  id: string;
  workspace_id: string;
  user_id: string;
  entity: string;
  action: string;
  /** JSON: what each record held before, for undo. */
  payload: ColumnType<unknown, string, string>;
  created_at: Instant;
  undone_at: Instant | null;
}
