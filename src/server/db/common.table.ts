import type { ColumnType } from 'kysely';

/** Instants are ISO-8601 UTC strings on both dialects (PostgreSQL's timestamptz is parsed back to that form). */
export type Instant = string;

/** Columns every business table carries (ARCHITECTURE.md, Data). */
export interface CommonColumns {
  id: string;
  workspace_id: string;
  created_at: ColumnType<Instant, Instant, never>;
  created_by: ColumnType<string | null, string | null, never>;
  updated_at: Instant;
  updated_by: string | null;
  version: number;
  deleted_at: Instant | null;
  deleted_by: string | null;
}
