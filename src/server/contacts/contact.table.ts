import type { ColumnType, Selectable } from 'kysely';
import type { CommonColumns } from '../db/common.table';

export interface ContactTable extends CommonColumns {
  customer_id: string;
  name: string;
  title: string | null;
  mobile: string | null;
  phone: string | null;
  email: string | null;
  wechat: string | null;
  role: string | null;
  is_primary: ColumnType<boolean | number, boolean | number, boolean | number>;
  data_source: string | null;
  notes: string | null;
  /** When its personal data was erased on request (PIPL); the row stays for the records pointing at it. */
  erased_at: ColumnType<string | null, string | null | undefined, string | null>;
}
export type ContactRow = Selectable<ContactTable>;
