import type { ColumnType, Selectable } from 'kysely';
import type { TGrade } from '../../domain/assessment';
import type { CommonColumns, Instant } from '../db/common.table';

/** JSON columns: text in SQLite, jsonb in PostgreSQL; written as JSON text, read through fromJson. */
type Json = ColumnType<unknown, string, string>;
/** Booleans: integer 0/1 in SQLite, boolean in PostgreSQL; written through dialect's toBool. */
type Bool = ColumnType<boolean | number, boolean | number, boolean | number>;

export interface CustomerTable extends CommonColumns {
  number: string;
  kind: 'company' | 'person';
  name: string;
  name_key: string;
  sort_name: string;
  credit_code: string | null;
  industry: string | null;
  company_size: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  address: string | null;
  source_channel: string | null;
  referrer_id: string | null;
  type: string | null;
  status: string | null;
  stage: string | null;
  assessment: Json;
  score: number | null;
  grade: TGrade | null;
  grade_manual: Bool;
  needs: Json;
  custom: Json;
  owner_id: string | null;
  parent_id: string | null;
  first_contact_date: string | null;
  established_date: string | null;
  notes: string | null;
  last_follow_up_at: Instant | null;
  /** Derived from the follow-ups and the cadence (follow-ups/follow-up-fields.ts); never edited directly. */
  last_follow_up_day: string | null;
  last_follow_up_method: string | null;
  next_follow_up_date: string | null;
  cadence_days: number | null;
  next_due_date: string | null;
  /** Snoozed on Today: not due before this day; cleared by the next follow-up. */
  snoozed_until: string | null;
  /** The day the current owner got the customer (公海 reclaim counts from it when they never followed up). */
  owner_since: ColumnType<string | null, string | null | undefined, string | null>;
  /** Derived from the customer's won deals (deals/deal-fields.ts); never edited directly. */
  first_won_date: ColumnType<string | null, string | null | undefined, string | null>;
  last_won_date: ColumnType<string | null, string | null | undefined, string | null>;
  won_amount: ColumnType<number, number | undefined, number>;
  won_count: ColumnType<number, number | undefined, number>;
  search_text: string;
  /** PostgreSQL text[]; SQLite keeps the grams in the customer_grams FTS table and leaves this empty. */
  search_grams: ColumnType<string[] | string, string[] | string, string[] | string>;
  search_rowid: number | null;
  /** SEARCH_VERSION of the tokens in the index; older ones are indexed again by the search-reindex job. */
  search_version: ColumnType<number, number | undefined, number>;
}
export type CustomerRow = Selectable<CustomerTable>;

export interface CustomerTagTable {
  workspace_id: string;
  customer_id: string;
  tag: string;
}

export interface CustomerShareTable {
  workspace_id: string;
  customer_id: string;
  user_id: string;
}

export interface NumberSequenceTable {
  workspace_id: string;
  name: string;
  value: number;
}

/** Live customers per dimension value ('' for none), kept by database triggers; only read, never written here. */
export interface CustomerCountTable {
  workspace_id: string;
  dimension: string;
  key: string;
  n: number;
}

/** SQLite's FTS5 tables of the search index (customer-search.ts); PostgreSQL indexes columns of customers instead. */
export interface CustomerSearchTable {
  rowid: number;
}
