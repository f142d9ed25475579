import type { ColumnType } from 'kysely';
import type { Instant, CommonColumns } from '../db/common.table';

type Json = ColumnType<unknown, string, string>;
/** A counter with a default: not named on insert. */
type Counter = ColumnType<number, number | undefined, number>;

export interface ImportBatchTable extends CommonColumns {
  kind: string;
  file_name: string;
  format: string;
  storage_key: string;
  sheet: number;
  header_row: number;
  mapping: Json;
  value_map: Json;
  duplicates: string;
  status: string;
  total_rows: Counter;
  done_rows: Counter;
  created_count: Counter;
  updated_count: Counter;
  skipped_count: Counter;
  rejected_count: Counter;
  error: ColumnType<string | null, string | null | undefined, string | null>;
  finished_at: ColumnType<Instant | null, Instant | null | undefined, Instant | null>;
  undone_at: ColumnType<Instant | null, Instant | null | undefined, Instant | null>;
  undone_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ImportRecordTable {
  batch_id: string;
  entity: string;
  entity_id: string;
  action: 'created' | 'updated';
  before: ColumnType<unknown, string | null, string | null>;
}

export interface ImportRejectionTable {
  batch_id: string;
  line: number;
  cells: Json;
  problems: Json;
}
