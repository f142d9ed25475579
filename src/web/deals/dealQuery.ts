import type { TDealQuery } from '../api/deals';

export type TDealView = 'board' | 'list';

const KEYS = [
  'q',
  'ownerId',
  'grade',
  'sourceChannel',
  'approval',
  'stageKind',
  'closedFrom',
  'closedTo',
  'sort',
] as const;

/** The deals page keeps its view and filters in the address, so a link or a reload shows the same deals. */
export function readDealQuery(params: URLSearchParams): { view: TDealView; query: TDealQuery } {
  const query: Record<string, string> = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  return { view: params.get('view') === 'list' ? 'list' : 'board', query: query as TDealQuery };
}

export function writeDealQuery(view: TDealView, query: TDealQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (view === 'list') params.set('view', 'list');
  for (const key of KEYS) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return params;
}
