import { describe, expect, it } from 'vitest';
import { isValidPattern, renderNumber, renderPrefix } from './numbering';

describe('record numbers', () => {
  it('renders the default and the industry patterns of the seeds', () => {
    expect(renderNumber(renderPrefix('C{YYYYMMDD}{SEQ:3}', { date: '2024-05-01' }), 1)).toBe('C20240501001');
    expect(
      renderNumber(renderPrefix('{IND}-{YYYY}-{SEQ:3}', { date: '2024-05-01', industry: 'IT' }), 12),
    ).toBe('IT-2024-012');
    expect(
      renderNumber(
        renderPrefix('G{YYMMDD}{SEQ:2}'.replace('{YYMMDD}', '{YY}{MM}{DD}'), { date: '2024-05-01' }),
        123,
      ),
    ).toBe('G240501123');
  });

  it('accepts exactly one sequence and known tokens only', () => {
    expect(isValidPattern('C{YYYYMMDD}{SEQ:3}')).toBe(true);
    expect(isValidPattern('C{YYYYMMDD}')).toBe(false);
    expect(isValidPattern('C{SEQ}{SEQ}')).toBe(false);
    expect(isValidPattern('C{WEEK}{SEQ:3}')).toBe(false);
  });
});
