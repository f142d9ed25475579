import type { TContract, TInvoice, TInvoiceStatus } from '../../domain/contract';
import { sumFen } from '../../domain/money';
import type { Messages } from '../i18n/zh-CN';

type Words = Messages['contracts'];

/** 合同期限 as people write it; either end may be open. */
export function termText(c: Pick<TContract, 'startDate' | 'endDate'>, w: Words): string | null {
  if (c.startDate && c.endDate) return w.term.range(c.startDate, c.endDate);
  if (c.startDate) return w.term.from(c.startDate);
  if (c.endDate) return w.term.until(c.endDate);
  return null;
}

/**
 * The tag a contract's end earns: 续费提醒 inside the workspace's renewal window (the server decides, from the
 * workspace's today), 已到期 once the end has passed; nothing for an open-ended or distant end.
 */
export function timingOf(
  c: Pick<TContract, 'daysToEnd' | 'renewalDue'>,
  w: Words,
): { tag: string; color: string; note: string | null } | null {
  if (c.daysToEnd === null) return null;
  if (c.daysToEnd < 0) return { tag: w.timing.ended, color: 'default', note: null };
  if (!c.renewalDue) return null;
  const note = c.daysToEnd === 0 ? w.timing.endsToday : w.timing.endsIn(c.daysToEnd);
  return { tag: w.timing.renewal, color: 'orange', note };
}

/** What has been invoiced against a contract: issued invoices only (a void one never counted, a requested one not yet). */
export function issuedFen(invoices: readonly Pick<TInvoice, 'status' | 'amount'>[]): number {
  return sumFen(invoices.filter((i) => i.status === 'issued').map((i) => i.amount));
}

/** Still to be invoiced: the contract's amount less what is issued or requested, never below zero. */
export function uninvoicedFen(c: {
  amount: number;
  invoices: readonly Pick<TInvoice, 'status' | 'amount'>[];
}): number {
  const counted = c.invoices.filter((i) => i.status !== 'void').map((i) => i.amount);
  return Math.max(0, c.amount - sumFen(counted));
}

export const STATUS_COLORS: Record<TInvoiceStatus, string> = {
  requested: 'gold',
  issued: 'green',
  void: 'default',
};
