import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { TDictionary } from '../../domain/dictionaries';
import type { TLocale } from '../../domain/locale';
import { useLocale } from '../i18n/I18nProvider';
import { api } from './client';

export interface TDictEntry {
  key: string;
  labels: Record<TLocale, string>;
  code: string | null;
  color: string | null;
  sort: number;
  archived: boolean;
  version: number;
}

export type TDictionaries = Record<TDictionary, TDictEntry[]>;

export const dictionariesKey = ['dictionaries'] as const;

export function getDictionaries(): Promise<TDictionaries> {
  return api.get('/dictionaries');
}

export interface TDictOption {
  value: string;
  label: string;
  color: string | null;
}

/** Dictionary entries as select options in the interface language; archived entries are not offered. */
export function useDictionaries() {
  const [locale] = useLocale();
  const query = useQuery({ queryKey: dictionariesKey, queryFn: getDictionaries, staleTime: 5 * 60_000 });
  const { data } = query;
  const options = useCallback(
    (dictionary: TDictionary): TDictOption[] =>
      (data?.[dictionary] ?? [])
        .filter((e) => !e.archived)
        .sort((a, b) => a.sort - b.sort)
        .map((e) => ({ value: e.key, label: e.labels[locale] || e.key, color: e.color })),
    [data, locale],
  );
  const label = useCallback(
    (dictionary: TDictionary, key: string): string =>
      data?.[dictionary]?.find((e) => e.key === key)?.labels[locale] ?? key,
    [data, locale],
  );
  return { ...query, options, label };
}

export interface TDictEntryInput {
  labels: Record<TLocale, string>;
  code?: string | null;
  color?: string | null;
}

export function addDictEntry(dictionary: TDictionary, input: TDictEntryInput): Promise<TDictEntry> {
  return api.post(`/dictionaries/${dictionary}`, input);
}

export function updateDictEntry(
  dictionary: TDictionary,
  key: string,
  input: Partial<TDictEntryInput> & { sort?: number; archived?: boolean; version: number },
): Promise<TDictEntry> {
  return api.patch(`/dictionaries/${dictionary}/${encodeURIComponent(key)}`, input);
}
