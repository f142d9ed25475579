import { describe, expect, it } from 'vitest';
import { activeFilterCount, countSet, readQuery } from './listQuery';

describe('customer list address', () => {
  it('keeps health, due and the created range, as links from the dashboard set them', () => {
    const query = readQuery(
      new URLSearchParams('health=dormant&due=week&createdFrom=2026-11-01&createdTo=2026-11-30&view=abc'),
    );
    expect(query).toEqual({
      health: 'dormant',
      due: 'week',
      createdFrom: '2026-11-01',
      createdTo: '2026-11-30',
    });
    // A date range is one filter, even with both ends set.
    expect(activeFilterCount(query)).toBe(3);
    expect(countSet(query, ['created', 'firstContact'])).toBe(1);
    expect(activeFilterCount(readQuery(new URLSearchParams('firstContactTo=2026-01-31&grade=A')))).toBe(2);
  });
});
