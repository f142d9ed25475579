import { describe, expect, it } from 'vitest';
import { zhCN } from '../i18n/zh-CN';
import { issuedFen, termText, timingOf, uninvoicedFen } from './contractText';

const w = zhCN.contracts;
const invoice = (status: 'requested' | 'issued' | 'void', amount: number) => ({ status, amount });

describe('contract wording', () => {
  it('writes a term with either end open', () => {
    expect(termText({ startDate: '2027-01-01', endDate: '2027-12-31' }, w)).toBe('2027-01-01 至 2027-12-31');
    expect(termText({ startDate: '2027-01-01', endDate: null }, w)).toBe('2027-01-01 起');
    expect(termText({ startDate: null, endDate: '2027-12-31' }, w)).toBe('至 2027-12-31');
    expect(termText({ startDate: null, endDate: null }, w)).toBeNull();
  });

  it('tags a renewal inside the window and an ended contract, and nothing else', () => {
    expect(timingOf({ daysToEnd: 12, renewalDue: true }, w)).toEqual({
      tag: '续费提醒',
      color: 'orange',
      note: '12 天后到期',
    });
    expect(timingOf({ daysToEnd: 0, renewalDue: true }, w)?.note).toBe('今天到期');
    expect(timingOf({ daysToEnd: -1, renewalDue: false }, w)?.tag).toBe('已到期');
    expect(timingOf({ daysToEnd: 200, renewalDue: false }, w)).toBeNull();
    expect(timingOf({ daysToEnd: null, renewalDue: false }, w)).toBeNull();
  });

  it('counts issued invoices as invoiced, and leaves void ones out of what is still to invoice', () => {
    const invoices = [invoice('issued', 30_000), invoice('requested', 20_000), invoice('void', 50_000)];
    expect(issuedFen(invoices)).toBe(30_000);
    expect(uninvoicedFen({ amount: 100_000, invoices: invoices })).toBe(50_000);
    expect(uninvoicedFen({ amount: 10_000, invoices: invoices })).toBe(0);
  });
});
