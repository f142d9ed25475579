import { describe, expect, it } from 'vitest';
import { contractTiming, invoiceKindAlias, isTermValid, missingForIssued } from './contract';

describe('contract term', () => {
  it('accepts open ends and an end on or after the start', () => {
    expect(isTermValid(null, null)).toBe(true);
    expect(isTermValid('2026-01-01', null)).toBe(true);
    expect(isTermValid(null, '2026-01-01')).toBe(true);
    expect(isTermValid('2026-01-01', '2026-01-01')).toBe(true);
    expect(isTermValid('2026-01-02', '2026-01-01')).toBe(false);
  });

  it('counts down to the end and is due for renewal within the renewal days, not once ended', () => {
    expect(contractTiming(null, '2026-11-30', 30)).toEqual({ daysToEnd: null, renewalDue: false });
    expect(contractTiming('2026-12-30', '2026-11-30', 30)).toEqual({ daysToEnd: 30, renewalDue: true });
    expect(contractTiming('2026-12-31', '2026-11-30', 30)).toEqual({ daysToEnd: 31, renewalDue: false });
    expect(contractTiming('2026-11-30', '2026-11-30', 30)).toEqual({ daysToEnd: 0, renewalDue: true });
    expect(contractTiming('2026-11-29', '2026-11-30', 30)).toEqual({ daysToEnd: -1, renewalDue: false });
    // Across a month and a leap day.
    expect(contractTiming('2028-03-01', '2028-02-28', 7).daysToEnd).toBe(2);
  });
});

describe('invoices', () => {
  it('takes 普票 and 专票 for the default kinds, and leaves anything else to the dictionary', () => {
    expect(invoiceKindAlias('专票')).toBe('special');
    expect(invoiceKindAlias(' 普票 ')).toBe('normal');
    expect(invoiceKindAlias('增值税专用发票')).toBe('增值税专用发票');
    expect(invoiceKindAlias('special')).toBe('special');
  });

  it('needs a number and an issue date once issued', () => {
    expect(missingForIssued({ status: 'requested', number: null, issueDate: null })).toEqual([]);
    expect(missingForIssued({ status: 'issued', number: null, issueDate: null })).toEqual([
      'number',
      'issueDate',
    ]);
    expect(missingForIssued({ status: 'issued', number: '0123', issueDate: null })).toEqual(['issueDate']);
    expect(missingForIssued({ status: 'issued', number: '0123', issueDate: '2026-11-30' })).toEqual([]);
    expect(missingForIssued({ status: 'void', number: null, issueDate: null })).toEqual([]);
  });
});
