import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { TCustomField, TCustomFieldInput, TCustomFieldUpdate } from '../../domain/custom-fields';
import { useLocale } from '../i18n/I18nProvider';
import { api } from './client';

export const customFieldsKey = ['custom-fields'] as const;

export function listCustomFields(): Promise<{ items: TCustomField[] }> {
  return api.get('/custom-fields');
}

/** The workspace's custom fields (自定义字段) in their order, with labels in the interface language. */
export function useCustomFields() {
  const [locale] = useLocale();
  const query = useQuery({
    queryKey: customFieldsKey,
    queryFn: listCustomFields,
    staleTime: 5 * 60_000,
    retry: false,
  });
  const fields = [...(query.data?.items ?? [])].sort((a, b) => a.sort - b.sort);
  const label = useCallback((field: TCustomField) => field.labels[locale] || field.key, [locale]);
  const options = useCallback(
    (field: TCustomField) =>
      field.options.map((o) => ({ value: o.key, label: o.labels[locale] || o.key, archived: !!o.archived })),
    [locale],
  );
  return { fields, label, options };
}

export function createCustomField(input: TCustomFieldInput): Promise<TCustomField> {
  return api.post('/custom-fields', input);
}

export function updateCustomField(key: string, input: TCustomFieldUpdate): Promise<TCustomField> {
  return api.patch(`/custom-fields/${encodeURIComponent(key)}`, input);
}

export function retireCustomField(key: string): Promise<void> {
  return api.delete(`/custom-fields/${encodeURIComponent(key)}`);
}
