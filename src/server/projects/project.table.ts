import type { ColumnType, Selectable } from 'kysely';
import type { CommonColumns } from '../db/common.table';

export interface ProjectTable extends CommonColumns {
  number: string;
  customer_id: string;
  deal_id: string | null;
  contract_id: string | null;
  name: string;
  owner_id: string;
  status: string;
  contract_amount: number;
  /** Derived: the sum of its installments' payments; never written by a request. */
  received_amount: ColumnType<number, number | undefined, number>;
  start_date: string | null;
  expected_end: string | null;
  notes: string | null;
}
export type ProjectRow = Selectable<ProjectTable>;

export interface MilestoneTable extends CommonColumns {
  project_id: string;
  seq: number;
  content: string;
  planned_date: string;
  actual_date: string | null;
  deliverables: string | null;
  delay_reason: string | null;
}
export type MilestoneRow = Selectable<MilestoneTable>;

export interface InstallmentTable extends CommonColumns {
  project_id: string;
  customer_id: string;
  seq: number;
  name: string;
  amount_due: number;
  due_date: string | null;
  milestone_id: string | null;
  /** Derived: the due date, or the bound milestone's actual date plus the payment term; null until then. */
  effective_due_date: string | null;
  /** Derived from the payments. */
  received_amount: ColumnType<number, number | undefined, number>;
  received_date: string | null;
}
export type InstallmentRow = Selectable<InstallmentTable>;

export interface PaymentTable extends CommonColumns {
  installment_id: string;
  project_id: string;
  customer_id: string;
  amount: number;
  paid_on: string;
  note: string | null;
}
export type PaymentRow = Selectable<PaymentTable>;
