import type { TCustomerQuery } from '../api/customers';

/** Everything the list endpoint filters on; the page keeps them in its address so a view can be shared. */
export const FILTER_KEYS = [
  'q',
  'kind',
  'grade',
  'type',
  'status',
  'stage',
  'sourceChannel',
  'industry',
  'companySize',
  'ownerId',
  'tag',
  'province',
  'city',
  'firstContactFrom',
  'firstContactTo',
] as const;
export type TFilterKey = (typeof FILTER_KEYS)[number];

export const DEFAULT_SORT = '-createdAt';
const QUERY_KEYS: readonly string[] = [...FILTER_KEYS, 'sort'];

/** The filters and sort in a URL's search params; unknown params (a view id, focus) are left out. */
export function readQuery(params: URLSearchParams): TCustomerQuery {
  const query: TCustomerQuery = {};
  for (const key of QUERY_KEYS) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  // Custom-field filters: custom.<key>=value.
  for (const [key, value] of params) if (key.startsWith('custom.') && value) query[key] = value;
  return query;
}

/** How many filters narrow the list (search and sort are not counted: they have their own controls). */
export function activeFilterCount(query: TCustomerQuery): number {
  let n = 0;
  n += Object.keys(query).filter((key) => key.startsWith('custom.')).length;
  for (const key of FILTER_KEYS) {
    if (key === 'q' || key === 'firstContactTo') continue;
    if (key === 'firstContactFrom') {
      if (query.firstContactFrom || query.firstContactTo) n++;
    } else if (query[key]) n++;
  }
  return n;
}

/** A copy of the query with one value changed; empty values and empty lists are dropped. */
export function withValue(
  query: TCustomerQuery,
  key: string,
  value: string | string[] | null,
): TCustomerQuery {
  const next = { ...query };
  const text = Array.isArray(value) ? value.join(',') : (value ?? '');
  if (text) next[key] = text;
  else delete next[key];
  return next;
}

export function listValue(query: TCustomerQuery, key: string): string[] {
  return query[key]?.split(',').filter(Boolean) ?? [];
}

export function sameQuery(a: TCustomerQuery, b: TCustomerQuery): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? '') !== (b[key] ?? '')) return false;
  return true;
}

/** How many of these filter fields are set ('firstContact' stands for the date range). */
export function countSet(query: TCustomerQuery, keys: readonly string[]): number {
  const custom = keys.includes('custom')
    ? Object.keys(query).filter((k) => k.startsWith('custom.')).length
    : 0;
  return (
    custom +
    keys.filter((key) =>
      key === 'firstContact' ? !!(query.firstContactFrom || query.firstContactTo) : !!query[key],
    ).length
  );
}
