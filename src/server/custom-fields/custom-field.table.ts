import type { ColumnType, Selectable } from 'kysely';
import type { TCustomFieldType } from '../../domain/custom-fields';
import type { CommonColumns } from '../db/common.table';

export interface CustomFieldTable extends CommonColumns {
  entity: string;
  key: string;
  label_zh: string;
  label_en: string;
  type: TCustomFieldType;
  options: ColumnType<unknown, string, string>;
  required: ColumnType<boolean | number, boolean | number, boolean | number>;
  sort: number;
}
export type CustomFieldRow = Selectable<CustomFieldTable>;
