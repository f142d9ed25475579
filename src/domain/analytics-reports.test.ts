import { describe, expect, it } from 'vitest';
import { median } from './analytics-reports';

describe('median of counted values', () => {
  it('is the middle value, or the mean of the two middle ones, however the counts are split', () => {
    expect(median(new Map())).toBeNull();
    expect(median(new Map([[7, 1]]))).toBe(7);
    // 1 1 1 9: the middle two are 1 and 1.
    expect(
      median(
        new Map([
          [9, 1],
          [1, 3],
        ]),
      ),
    ).toBe(1);
    // 2 2 5 8: (2 + 5) / 2.
    expect(
      median(
        new Map([
          [8, 1],
          [2, 2],
          [5, 1],
        ]),
      ),
    ).toBe(3.5);
    // 0 3 3 3 10: the third of five.
    expect(
      median(
        new Map([
          [3, 3],
          [10, 1],
          [0, 1],
        ]),
      ),
    ).toBe(3);
  });
});
