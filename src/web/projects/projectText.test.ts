import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { newProjectInput } from './projectForm';
import { daysLate, dueParts, milestoneProgress, percentOf, shareText } from './projectText';

describe('project wording', () => {
  it('counts days late to today while open, to the day it was done once done', () => {
    expect(daysLate({ plannedDate: '2027-03-01', actualDate: null }, '2027-03-04')).toBe(3);
    expect(daysLate({ plannedDate: '2027-03-01', actualDate: '2027-03-02' }, '2027-03-20')).toBe(1);
    expect(daysLate({ plannedDate: '2027-03-10', actualDate: null }, '2027-03-04')).toBe(0);
  });

  it('counts milestones done and shares of the contract', () => {
    const statuses = ['done', 'delayed', 'pending'] as const;
    expect(milestoneProgress(statuses.map((status) => ({ status })))).toEqual({ done: 1, total: 3 });
    expect(percentOf(3_000_000, 10_000_000)).toBe(30);
    expect(percentOf(12_000, 10_000)).toBe(100);
    expect(percentOf(0, 0)).toBe(0);
    expect(shareText(1_000_000, 3_000_000)).toBe('33.3');
    expect(shareText(1, 0)).toBe('');
  });

  it('says when an installment is due: its date, or its milestone and the date that became', () => {
    const milestones = [{ id: 'm2', code: 'M2' }];
    const own = { dueDate: '2027-04-01', milestoneId: null, effectiveDueDate: '2027-04-01' };
    expect(dueParts(own, milestones)).toEqual({ date: '2027-04-01', milestoneCode: null });
    const bound = { dueDate: null, milestoneId: 'm2', effectiveDueDate: null };
    expect(dueParts(bound, milestones)).toEqual({ date: null, milestoneCode: 'M2' });
    expect(dueParts({ ...bound, effectiveDueDate: '2027-05-16' }, milestones).date).toBe('2027-05-16');
  });
});

describe('the new project form', () => {
  it('sends money in fen and binds installments to the milestones typed above by their place', () => {
    const input = newProjectInput(
      {
        name: ' 官网改版 ',
        contractAmount: 100000,
        milestones: [
          { content: '方案确认', plannedDate: dayjs('2027-03-01'), deliverables: '' },
          { content: '上线', plannedDate: dayjs('2027-05-01'), delayReason: ' ' },
        ],
        installments: [
          { name: '首付款', amountDue: 30000, due: 'date', dueDate: dayjs('2027-02-15') },
          { name: '尾款', amountDue: 70000.5, due: '2' },
        ],
      },
      { customerId: 'c1', dealId: 'd1' },
    );
    expect(input).toMatchObject({
      customerId: 'c1',
      dealId: 'd1',
      name: '官网改版',
      contractAmount: 10_000_000,
    });
    expect(input.milestones).toEqual([
      { content: '方案确认', plannedDate: '2027-03-01', deliverables: null },
      { content: '上线', plannedDate: '2027-05-01', deliverables: null },
    ]);
    expect(input.installments).toEqual([
      { name: '首付款', amountDue: 3_000_000, dueDate: '2027-02-15' },
      { name: '尾款', amountDue: 7_000_050, milestoneSeq: 2 },
    ]);
  });
});
