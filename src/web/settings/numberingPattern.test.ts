import { describe, expect, it } from 'vitest';
import { DEFAULT_CUSTOMER_NUMBER_PATTERN } from '../../domain/numbering';
import { hasSequence, insertToken, previewNumbers } from './numberingPattern';

describe('previewNumbers', () => {
  it('renders the first numbers of a counter', () => {
    expect(previewNumbers(DEFAULT_CUSTOMER_NUMBER_PATTERN, { date: '2026-11-30', industry: 'IT' })).toEqual([
      'C20261130001',
      'C20261130002',
      'C20261130003',
    ]);
    expect(previewNumbers(' {IND}-{YY}{MM}-{SEQ:4} ', { date: '2026-11-30', industry: 'IT' }, 1)).toEqual([
      'IT-2611-0001',
    ]);
  });

  it('gives null for a pattern the server would refuse', () => {
    expect(previewNumbers('C{YYYY}', { date: '2026-11-30' })).toBeNull();
    expect(previewNumbers('{SEQ:3}{SEQ:3}', { date: '2026-11-30' })).toBeNull();
    expect(previewNumbers('{WEEK}{SEQ:3}', { date: '2026-11-30' })).toBeNull();
  });
});

describe('insertToken', () => {
  it('replaces the selection and puts the caret after the token', () => {
    expect(insertToken('C-{SEQ:3}', '{YYYY}', { start: 2, end: 2 })).toEqual({
      value: 'C-{YYYY}{SEQ:3}',
      caret: 8,
    });
    expect(insertToken('CXX{SEQ:3}', '{IND}', { start: 1, end: 3 })).toEqual({
      value: 'C{IND}{SEQ:3}',
      caret: 6,
    });
  });

  it('appends when the box was never focused', () => {
    expect(insertToken('C', '{SEQ:3}', null)).toEqual({ value: 'C{SEQ:3}', caret: 8 });
  });
});

describe('hasSequence', () => {
  it('finds {SEQ} with or without a width', () => {
    expect(hasSequence('C{SEQ}')).toBe(true);
    expect(hasSequence('C{SEQ:5}')).toBe(true);
    expect(hasSequence('C{YYYY}')).toBe(false);
  });
});
