import { describe, expect, it } from 'vitest';
import { describeDue, type DueFacts } from './due-reason';

const base: DueFacts = {
  nextDueDate: '2026-11-29',
  explicitNextDate: null,
  snoozedUntil: null,
  cadenceDays: 3,
  rule: { grade: 'A' },
  lastFollowUpDay: '2026-11-26',
  lastMethodLabel: '微信',
};

describe('describeDue', () => {
  it('says the rule, the last contact and how late, as the seeds word it', () => {
    expect(describeDue(base, '2026-11-30', 'zh-CN')).toBe('A 级 · 每 3 天 · 上次微信 4 天前 · 已逾期 1 天');
    expect(describeDue({ ...base, lastMethodLabel: 'WeChat' }, '2026-11-30', 'en-US')).toBe(
      'Grade A · every 3 days · last WeChat 4 days ago · 1 day overdue',
    );
  });

  it('names an agreed date, a snooze, a tag rule and a customer never followed up', () => {
    const agreed = { ...base, explicitNextDate: '2026-12-02', nextDueDate: '2026-12-02' };
    expect(describeDue(agreed, '2026-11-30', 'zh-CN')).toBe(
      '约定 12月2日 跟进 · 上次微信 4 天前 · 2 天后到期',
    );
    const snoozed = { ...base, snoozedUntil: '2026-11-30', nextDueDate: '2026-11-30' };
    expect(describeDue(snoozed, '2026-11-30', 'en-US')).toBe(
      'snoozed to Nov 30 · last 微信 4 days ago · due today',
    );
    const fresh = {
      ...base,
      rule: { label: '重点潜在客户' },
      cadenceDays: 7,
      lastFollowUpDay: null,
      lastMethodLabel: null,
    };
    expect(describeDue(fresh, '2026-11-30', 'zh-CN')).toBe(
      '重点潜在客户 · 每 7 天 · 还没跟进过 · 已逾期 1 天',
    );
  });
});
