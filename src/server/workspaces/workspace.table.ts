import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';
import type { Instant } from '../db/common.table';

export interface WorkspaceTable {
  id: string;
  name: string;
  time_zone: string;
  /** JSON object of workspace settings that later modules read (text in SQLite, jsonb in PostgreSQL). */
  settings: ColumnType<unknown, string, string>;
  created_at: ColumnType<Instant, Instant, never>;
  updated_at: Instant;
  version: number;
  /** The pending recompute of the customers' derived fields (migration 2026_11_30_140000); null when none. */
  refresh_after: string | null;
}
export type WorkspaceRow = Selectable<WorkspaceTable>;
export type NewWorkspaceRow = Insertable<WorkspaceTable>;
export type WorkspaceRowUpdate = Updateable<WorkspaceTable>;
