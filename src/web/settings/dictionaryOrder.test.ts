import { describe, expect, it } from 'vitest';
import type { TDictEntry } from '../api/dictionaries';
import { moveChanges, orderedEntries } from './dictionaryOrder';

const entry = (key: string, sort: number, archived = false): TDictEntry => ({
  key,
  labels: { 'zh-CN': key, 'en-US': key },
  code: null,
  color: null,
  sort,
  archived,
  version: 1,
});

describe('dictionary order', () => {
  const entries = [entry('c', 2), entry('old', 0, true), entry('a', 0), entry('b', 1)];

  it('offers choices in their order with stopped ones last', () => {
    expect(orderedEntries(entries).map((e) => e.key)).toEqual(['a', 'b', 'c', 'old']);
  });

  it('swaps a choice with its neighbour and changes nothing past either end', () => {
    expect(moveChanges(entries, 'c', -1).map((c) => `${c.entry.key}:${c.sort}`)).toEqual(['c:1', 'b:2']);
    expect(moveChanges(entries, 'a', -1)).toEqual([]);
    expect(moveChanges(entries, 'c', 1)).toEqual([]);
    expect(moveChanges(entries, 'old', -1)).toEqual([]);
  });

  it('renumbers choices that share a sort number', () => {
    const tied = [entry('x', 0), entry('y', 0), entry('z', 0)];
    expect(moveChanges(tied, 'z', -1).map((c) => `${c.entry.key}:${c.sort}`)).toEqual(['z:1', 'y:2']);
  });
});
