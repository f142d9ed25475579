import { describe, expect, it } from 'vitest';
import { dueGroup, groupTasks, nextMonday } from './dueDates';

const task = (id: string, dueDate: string | null) =>
  ({ id, dueDate, done: false }) as Parameters<typeof groupTasks>[0][number];

describe('task due dates', () => {
  it('puts a date under the heading the server filters by, plus tomorrow', () => {
    const today = '2026-11-30';
    expect(dueGroup({ dueDate: '2026-11-29' }, today)).toBe('overdue');
    expect(dueGroup({ dueDate: today }, today)).toBe('today');
    expect(dueGroup({ dueDate: '2026-12-01' }, today)).toBe('tomorrow');
    expect(dueGroup({ dueDate: '2026-12-06' }, today)).toBe('week');
    expect(dueGroup({ dueDate: '2026-12-07' }, today)).toBe('later');
    expect(dueGroup({ dueDate: null }, today)).toBe('none');
  });

  it('groups consecutive tasks in the order the server sent them', () => {
    const groups = groupTasks(
      [task('a', '2026-11-01'), task('b', '2026-11-02'), task('c', null)],
      '2026-11-30',
    );
    expect(groups.map((g) => [g.group, g.tasks.map((t) => t.id)])).toEqual([
      ['overdue', ['a', 'b']],
      ['none', ['c']],
    ]);
  });

  it('takes 下周一 as the Monday of next week, a week ahead on a Monday', () => {
    expect(nextMonday('2026-11-30')).toBe('2026-12-07'); // Monday
    expect(nextMonday('2026-12-02')).toBe('2026-12-07'); // Wednesday
    expect(nextMonday('2026-12-06')).toBe('2026-12-07'); // Sunday
  });
});
