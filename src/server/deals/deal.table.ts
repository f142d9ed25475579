import type { ColumnType, Selectable } from 'kysely';
import type { CommonColumns, Instant } from '../db/common.table';
import type { TApprovalStatus } from '../../domain/deal';
import type { TStageKind, TStageRequirable } from '../../domain/pipeline';

type Json<T> = ColumnType<T | string, string, string>;
type Bool = ColumnType<boolean | number, boolean | number, boolean | number>;

export interface PipelineTable extends CommonColumns {
  key: string;
  name_zh: string;
  name_en: string;
  sort: number;
}
export type PipelineRow = Selectable<PipelineTable>;

export interface PipelineStageTable {
  id: string;
  workspace_id: string;
  pipeline_id: string;
  key: string;
  label_zh: string;
  label_en: string;
  sort: number;
  probability: number;
  kind: TStageKind;
  required_fields: Json<TStageRequirable[]>;
  archived: Bool;
}
export type PipelineStageRow = Selectable<PipelineStageTable>;

export interface DealTable extends CommonColumns {
  number: string;
  customer_id: string;
  pipeline_id: string;
  title: string;
  stage: string;
  /** The stage's kind, kept beside it so open/won/lost filters need no join. */
  stage_kind: TStageKind;
  stage_changed_at: Instant;
  owner_id: string;
  expected_amount: number | null;
  expected_close_date: string | null;
  actual_amount: number | null;
  closed_date: string | null;
  loss_reason: string | null;
  loss_note: string | null;
  after_sales_id: string | null;
  notes: string | null;
}
export type DealRow = Selectable<DealTable>;

export interface DealLineTable {
  id: string;
  workspace_id: string;
  deal_id: string;
  seq: number;
  name: string;
  quantity: string;
  unit_price: number;
  amount: number;
}
export type DealLineRow = Selectable<DealLineTable>;

export interface DealApprovalTable {
  id: string;
  workspace_id: string;
  deal_id: string;
  status: TApprovalStatus;
  stage: string;
  note: string;
  quoted_amount: number;
  requested_by: string;
  requested_at: Instant;
  decided_by: string | null;
  decided_at: Instant | null;
  comment: string | null;
}
export type DealApprovalRow = Selectable<DealApprovalTable>;

export interface DealStageChangeTable {
  id: string;
  workspace_id: string;
  deal_id: string;
  from_stage: string | null;
  to_stage: string;
  at: Instant;
  by: string | null;
}
