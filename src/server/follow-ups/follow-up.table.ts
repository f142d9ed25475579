import type { ColumnType, Selectable } from 'kysely';
import type { CommonColumns, Instant } from '../db/common.table';

type Json = ColumnType<unknown, string, string>;
type Bool = ColumnType<boolean | number, boolean | number, boolean | number>;

export interface FollowUpTable extends CommonColumns {
  customer_id: string;
  number: string;
  at: Instant;
  /** `at` as a calendar day in the workspace's time zone. */
  day: string;
  method: string;
  kind: string | null;
  user_id: string;
  contact_id: string | null;
  summary: string;
  feedback: string | null;
  attitude: string | null;
  attitude_note: string | null;
  important: Bool;
  commitments: Json;
  next_actions: Json;
  next_date: string | null;
  /** The customer's due date just before this follow-up was logged (timeliness 跟进及时率). */
  due_date: ColumnType<string | null, string | null | undefined, string | null>;
}
export type FollowUpRow = Selectable<FollowUpTable>;
