import type { Selectable } from 'kysely';
import type { CommonColumns } from '../db/common.table';

export interface ContractTable extends CommonColumns {
  customer_id: string;
  deal_id: string | null;
  number: string;
  title: string;
  amount: number;
  signed_date: string | null;
  start_date: string | null;
  end_date: string | null;
  notes: string | null;
}
export type ContractRow = Selectable<ContractTable>;

export interface InvoiceTable extends CommonColumns {
  customer_id: string;
  deal_id: string | null;
  contract_id: string | null;
  /** invoiceKind dictionary key (普票, 专票). */
  kind: string;
  number: string | null;
  amount: number;
  issue_date: string | null;
  status: string;
  notes: string | null;
}
export type InvoiceRow = Selectable<InvoiceTable>;
