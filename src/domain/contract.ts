import { z } from 'zod';
import { ZAttachment } from './attachment';
import { daysBetween } from './cadence';
import { ZDate } from './dates';
import { ZDictValue } from './dictionary-value';
import { ZFen } from './money';
import { ZVersion } from './user';

const ZId = z.string().min(1).max(64);

/** 合同编号 generated when none is typed: HT20261130001, like follow-ups' G… numbers. */
export const CONTRACT_NUMBER_PATTERN = 'HT{YYYYMMDD}{SEQ:3}';

const contractFields = {
  dealId: ZId.nullable(),
  number: z.string().trim().min(1).max(40),
  title: z.string().trim().min(1).max(200),
  amount: ZFen,
  signedDate: ZDate.nullable(),
  /** 合同期限: the term; the renewal reminder counts down to its end. */
  startDate: ZDate.nullable(),
  endDate: ZDate.nullable(),
  notes: z.string().trim().max(5000).nullable(),
};

export const ZCreateContractInput = z.strictObject({
  customerId: ZId,
  ...contractFields,
  dealId: contractFields.dealId.optional(),
  // A blank number from a form means "number it for me".
  number: z.string().trim().max(40).nullish(),
  signedDate: contractFields.signedDate.optional(),
  startDate: contractFields.startDate.optional(),
  endDate: contractFields.endDate.optional(),
  notes: contractFields.notes.optional(),
});
export type TCreateContractInput = z.infer<typeof ZCreateContractInput>;

export const ZUpdateContractInput = z.strictObject(contractFields).partial().extend({ version: ZVersion });
export type TUpdateContractInput = z.infer<typeof ZUpdateContractInput>;

/** A term may be open at either end; when both ends are set the end is not before the start. */
export function isTermValid(startDate: string | null, endDate: string | null): boolean {
  return !startDate || !endDate || endDate >= startDate;
}

/**
 * Days from the workspace's today to the contract's end (negative once ended), and whether the renewal 续费 is due:
 * the end is today or within the workspace's renewal days. An ended contract is no longer "due", it is over.
 */
export function contractTiming(
  endDate: string | null,
  today: string,
  renewalDays: number,
): { daysToEnd: number | null; renewalDue: boolean } {
  if (!endDate) return { daysToEnd: null, renewalDue: false };
  const daysToEnd = daysBetween(today, endDate);
  return { daysToEnd, renewalDue: daysToEnd >= 0 && daysToEnd <= renewalDays };
}

/** 待开 / 已开 / 已作废: fixed, the rules below depend on them. */
export const INVOICE_STATUSES = ['requested', 'issued', 'void'] as const;
export type TInvoiceStatus = (typeof INVOICE_STATUSES)[number];

/**
 * What people call the two kinds in speech and in sheets (普票, 专票) besides the dictionary's full labels; they
 * stand for the default entries' keys.
 */
const INVOICE_KIND_ALIASES: Record<string, string> = {
  普票: 'normal',
  普通发票: 'normal',
  专票: 'special',
  专用发票: 'special',
};

/** The dictionary key an everyday short name stands for, or the value unchanged. */
export function invoiceKindAlias(value: string): string {
  return INVOICE_KIND_ALIASES[value.trim()] ?? value;
}

const invoiceFields = {
  dealId: ZId.nullable(),
  contractId: ZId.nullable(),
  /** invoiceKind dictionary: key, label in either language, or 普票/专票. */
  kind: ZDictValue,
  number: z.string().trim().max(60).nullable(),
  amount: ZFen,
  issueDate: ZDate.nullable(),
  status: z.enum(INVOICE_STATUSES),
  notes: z.string().trim().max(5000).nullable(),
};

export const ZCreateInvoiceInput = z.strictObject({
  customerId: ZId,
  ...invoiceFields,
  dealId: invoiceFields.dealId.optional(),
  contractId: invoiceFields.contractId.optional(),
  number: invoiceFields.number.optional(),
  issueDate: invoiceFields.issueDate.optional(),
  /** A new invoice is usually a request to the finance desk: 待开. */
  status: invoiceFields.status.default('requested'),
  notes: invoiceFields.notes.optional(),
});
export type TCreateInvoiceInput = z.infer<typeof ZCreateInvoiceInput>;

export const ZUpdateInvoiceInput = z.strictObject(invoiceFields).partial().extend({ version: ZVersion });
export type TUpdateInvoiceInput = z.infer<typeof ZUpdateInvoiceInput>;

/** An issued invoice 已开 has a number and an issue date printed on it: the fields still missing. */
export function missingForIssued(invoice: {
  status: TInvoiceStatus;
  number: string | null;
  issueDate: string | null;
}): ('number' | 'issueDate')[] {
  if (invoice.status !== 'issued') return [];
  const missing: ('number' | 'issueDate')[] = [];
  if (!invoice.number) missing.push('number');
  if (!invoice.issueDate) missing.push('issueDate');
  return missing;
}

const ZCustomerRef = z.object({ id: z.string(), name: z.string(), number: z.string() });

export const ZInvoice = z.object({
  id: z.string(),
  customer: ZCustomerRef,
  dealId: z.string().nullable(),
  contractId: z.string().nullable(),
  kind: z.object({ key: z.string(), label: z.string() }),
  number: z.string().nullable(),
  amount: z.number().int(),
  issueDate: z.string().nullable(),
  status: z.enum(INVOICE_STATUSES),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TInvoice = z.infer<typeof ZInvoice>;

export const ZContract = z.object({
  id: z.string(),
  number: z.string(),
  customer: ZCustomerRef,
  dealId: z.string().nullable(),
  title: z.string(),
  amount: z.number().int(),
  signedDate: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  notes: z.string().nullable(),
  /** From the workspace's today; null without an end date. */
  daysToEnd: z.number().int().nullable(),
  renewalDue: z.boolean(),
  /** The signed file 合同扫描件 and anything else attached. */
  attachments: z.array(ZAttachment),
  invoices: z.array(ZInvoice),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TContract = z.infer<typeof ZContract>;
