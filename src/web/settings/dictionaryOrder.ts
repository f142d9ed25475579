import type { TDictEntry } from '../api/dictionaries';

/** Choices as offered: in their order, stopped ones last. */
export function orderedEntries(entries: readonly TDictEntry[]): TDictEntry[] {
  return [...entries].sort((a, b) => Number(a.archived) - Number(b.archived) || a.sort - b.sort);
}

/**
 * The sort changes that move one choice up or down among the choices in use: every entry whose position differs
 * from its stored sort (usually the two that swap; more once, when older entries share a sort number).
 */
export function moveChanges(
  entries: readonly TDictEntry[],
  key: string,
  by: -1 | 1,
): { entry: TDictEntry; sort: number }[] {
  const active = orderedEntries(entries).filter((e) => !e.archived);
  const from = active.findIndex((e) => e.key === key);
  const to = from + by;
  if (from < 0 || to < 0 || to >= active.length) return [];
  const moved = [...active];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved.flatMap((entry, sort) => (entry.sort === sort ? [] : [{ entry, sort }]));
}
