import { describe, expect, it } from 'vitest';
import {
  daysOverdue,
  effectiveDueDate,
  installmentStatus,
  isMilestoneLate,
  milestoneCode,
  milestoneStatus,
  unscheduledAmount,
  weekOf,
  ZCreateInstallmentInput,
  ZCreatePaymentInput,
  ZCreateProjectInput,
} from './project';

const TODAY = '2026-12-02'; // a Wednesday

describe('milestones', () => {
  it('are delayed while open past the planned date, and done once they have an actual date', () => {
    expect(milestoneStatus({ plannedDate: '2026-12-02', actualDate: null }, TODAY)).toBe('pending');
    expect(milestoneStatus({ plannedDate: '2026-12-01', actualDate: null }, TODAY)).toBe('delayed');
    expect(milestoneStatus({ plannedDate: '2026-11-20', actualDate: '2026-11-25' }, TODAY)).toBe('done');
    expect(milestoneCode(3)).toBe('M3');
  });

  it('are late (a delay reason is required) when open past the plan or done after it', () => {
    expect(isMilestoneLate({ plannedDate: '2026-12-01', actualDate: null }, TODAY)).toBe(true);
    expect(isMilestoneLate({ plannedDate: '2026-12-05', actualDate: null }, TODAY)).toBe(false);
    expect(isMilestoneLate({ plannedDate: '2026-11-20', actualDate: '2026-11-21' }, TODAY)).toBe(true);
    expect(isMilestoneLate({ plannedDate: '2026-11-20', actualDate: '2026-11-20' }, TODAY)).toBe(false);
    expect(isMilestoneLate({ plannedDate: '2026-11-20', actualDate: '2026-11-18' }, TODAY)).toBe(false);
  });
});

describe('installments', () => {
  it('fall due on their date, or on the bound milestone’s completion plus the payment term', () => {
    expect(effectiveDueDate('2026-12-10', null, 15)).toBe('2026-12-10');
    expect(effectiveDueDate(null, { actualDate: null }, 15)).toBeNull();
    expect(effectiveDueDate(null, { actualDate: '2026-11-20' }, 0)).toBe('2026-11-20');
    expect(effectiveDueDate(null, { actualDate: '2026-11-20' }, 15)).toBe('2026-12-05');
    expect(effectiveDueDate(null, undefined, 15)).toBeNull();
  });

  it('are received when paid in full, overdue past the due date, with the days counted', () => {
    const open = { amountDue: 100_000, receivedAmount: 99_999, effectiveDueDate: '2026-11-30' };
    expect(installmentStatus(open, TODAY)).toBe('overdue');
    expect(daysOverdue(open, TODAY)).toBe(2);
    expect(installmentStatus({ ...open, receivedAmount: 100_000 }, TODAY)).toBe('received');
    expect(daysOverdue({ ...open, receivedAmount: 100_000 }, TODAY)).toBe(0);
    expect(installmentStatus({ ...open, effectiveDueDate: TODAY }, TODAY)).toBe('pending');
    expect(installmentStatus({ ...open, effectiveDueDate: null }, TODAY)).toBe('pending');
    expect(daysOverdue({ ...open, effectiveDueDate: null }, TODAY)).toBe(0);
  });

  it('take a due date or a milestone, in fen above zero', () => {
    expect(ZCreateInstallmentInput.safeParse({ name: '首付款', amountDue: 0, dueDate: TODAY }).success).toBe(
      false,
    );
    expect(ZCreateInstallmentInput.safeParse({ name: '首付款', amountDue: 1.5 }).success).toBe(false);
    expect(ZCreatePaymentInput.safeParse({ amount: 33_333, date: TODAY }).success).toBe(true);
    expect(ZCreatePaymentInput.safeParse({ amount: 33_333, date: '2026-02-30' }).success).toBe(false);
  });
});

describe('projects', () => {
  it('say how much of the contract the installments leave unscheduled, either way', () => {
    expect(unscheduledAmount(1_000_000, 600_000)).toBe(400_000);
    expect(unscheduledAmount(1_000_000, 1_200_000)).toBe(-200_000);
  });

  it('need only a customer to be created (the rest may come from a deal)', () => {
    expect(ZCreateProjectInput.safeParse({ customerId: 'c1' }).success).toBe(true);
    expect(ZCreateProjectInput.safeParse({ customerId: 'c1', status: 'paused' }).success).toBe(false);
  });

  it('count the week from Monday to Sunday', () => {
    expect(weekOf(TODAY)).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' });
    expect(weekOf('2026-12-06')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' });
    expect(weekOf('2026-11-30')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' });
  });
});
