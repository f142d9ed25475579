import type { ColumnType, Selectable } from 'kysely';
import type { CommonColumns } from '../db/common.table';

export interface SavedViewTable extends CommonColumns {
  owner_id: string;
  entity: string;
  name: string;
  query: ColumnType<unknown, string, string>;
  columns: ColumnType<unknown, string, string>;
  shared: ColumnType<boolean | number, boolean | number, boolean | number>;
}
export type SavedViewRow = Selectable<SavedViewTable>;
