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
  'createdFrom',
  'createdTo',
  'health',
  'due',
] as const;
export type TFilterKey = (typeof FILTER_KEYS)[number];

/** Date ranges: one filter each, kept as two keys in the address. */
export const RANGE_FILTERS = {
  firstContact: ['firstContactFrom', 'firstContactTo'],
  created: ['createdFrom', 'createdTo'],
} as const satisfies Record<string, readonly [TFilterKey, TFilterKey]>;
const RANGE_ENDS: readonly string[] = Object.values(RANGE_FILTERS).map(([, to]) => to);
const rangeSet = (query: TCustomerQuery, name: keyof typeof RANGE_FILTERS) =>
  RANGE_FILTERS[name].some((key) => !!query[key]);

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
    if (key === 'q' || RANGE_ENDS.includes(key)) continue;
    if (key === 'firstContactFrom') n += rangeSet(query, 'firstContact') ? 1 : 0;
    else if (key === 'createdFrom') n += rangeSet(query, 'created') ? 1 : 0;
    else if (query[key]) n++;
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

/** How many of these filter fields are set (a RANGE_FILTERS name stands for its date range). */
export function countSet(query: TCustomerQuery, keys: readonly string[]): number {
  const custom = keys.includes('custom')
    ? Object.keys(query).filter((k) => k.startsWith('custom.')).length
    : 0;
  return (
    custom +
    keys.filter((key) =>
      key in RANGE_FILTERS ? rangeSet(query, key as keyof typeof RANGE_FILTERS) : !!query[key],
    ).length
  );
}
