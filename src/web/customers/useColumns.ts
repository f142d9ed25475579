import { useCallback, useState } from 'react';
import { COLUMN_KEYS, DEFAULT_COLUMNS } from './columns';

const STORAGE_KEY = 'keyi.customers.columns';

function read(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (Array.isArray(parsed)) return clean(parsed);
  } catch {
    // Storage unavailable or garbled: the default columns.
  }
  return DEFAULT_COLUMNS;
}

/** Known columns in their fixed order, then custom-field columns (`custom.<key>`) as chosen. */
export function clean(columns: readonly unknown[]): string[] {
  const custom = columns.filter((c): c is string => typeof c === 'string' && c.startsWith('custom.'));
  return [...COLUMN_KEYS.filter((key) => columns.includes(key)), ...custom];
}

/** The chosen table columns, remembered on this device (a saved view brings its own). */
export function useColumns(): [string[], (columns: readonly string[]) => void] {
  const [columns, setColumns] = useState<string[]>(read);
  const update = useCallback((next: readonly string[]) => {
    const cleaned = clean(next);
    setColumns(cleaned);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(cleaned));
    } catch {
      // Not remembered; still applies now.
    }
  }, []);
  return [columns, update];
}
