import { now } from '../clock';
import { contractTiming, type TContract } from '../../domain/contract';
import { todayIn } from '../../domain/dates';
import { maskText } from '../../domain/masking';
import { attachmentsOf } from '../attachments/attachment.repository';
import { toAttachment } from '../attachments/attachment.serializer';
import type { AttachmentRow } from '../attachments/attachment.table';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { invoicesOfContracts } from './contract.repository';
import type { ContractRow, InvoiceRow } from './contract.table';
import { invoiceContext, toInvoice, type InvoiceContext } from './invoice.serializer';

/** What a page of contracts needs besides their rows, loaded once per page. */
export interface ContractContext extends InvoiceContext {
  /** By contract id. */
  attachments: Map<string, AttachmentRow[]>;
  invoices: Map<string, InvoiceRow[]>;
  /** The workspace's today and renewal days: daysToEnd and renewalDue are computed, never stored. */
  today: string;
  renewalDays: number;
}

export async function contractContext(db: DB, reader: Reader, rows: ContractRow[]): Promise<ContractContext> {
  const { workspaceId } = reader.scope;
  const [base, attachments, invoices, settings] = await Promise.all([
    invoiceContext(
      db,
      reader,
      rows.map((r) => r.customer_id),
    ),
    attachmentsOf(
      db,
      workspaceId,
      'contract',
      rows.map((r) => r.id),
    ),
    invoicesOfContracts(db, workspaceId, rows),
    loadWorkspaceSettings(db, workspaceId),
  ]);
  return {
    ...base,
    attachments,
    invoices,
    today: todayIn(settings.timeZone, now()),
    renewalDays: settings.deals.renewalDays,
  };
}

/** The one mapper of contracts: lists, one contract, writes and conflicts all go through it. */
export function toContract(row: ContractRow, ctx: ContractContext): TContract {
  const text = (value: string | null) => (value !== null && ctx.masked ? maskText(value) : value);
  const customer = ctx.customers.get(row.customer_id);
  return {
    id: row.id,
    number: row.number,
    customer: { id: row.customer_id, name: customer?.name ?? '', number: customer?.number ?? '' },
    dealId: row.deal_id,
    title: text(row.title) ?? '',
    amount: Number(row.amount),
    signedDate: row.signed_date,
    startDate: row.start_date,
    endDate: row.end_date,
    notes: text(row.notes),
    ...contractTiming(row.end_date, ctx.today, ctx.renewalDays),
    attachments: (ctx.attachments.get(row.id) ?? []).map((a) => toAttachment(a, ctx.masked)),
    invoices: (ctx.invoices.get(row.id) ?? []).map((i) => toInvoice(i, ctx)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export async function serializeContracts(db: DB, reader: Reader, rows: ContractRow[]): Promise<TContract[]> {
  const ctx = await contractContext(db, reader, rows);
  return rows.map((row) => toContract(row, ctx));
}
