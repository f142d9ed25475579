import { PROJECT_STATUSES, type TProjectStatus } from '../../domain/project';
import type { TProjectQuery } from '../api/projects';

export type TProjectsTab = 'board' | 'receivables';

/** The page keeps its tab and filters in the address, so a link or a reload shows the same projects. */
export function readProjectQuery(params: URLSearchParams): { tab: TProjectsTab; query: TProjectQuery } {
  const status = params.get('status');
  const query: TProjectQuery = {
    q: params.get('q') || undefined,
    ownerId: params.get('ownerId') === 'me' ? 'me' : undefined,
    status: PROJECT_STATUSES.includes(status as TProjectStatus) ? (status as TProjectStatus) : undefined,
    customerId: params.get('customerId') || undefined,
    delayed: params.get('delayed') === 'true' ? 'true' : undefined,
  };
  return { tab: params.get('tab') === 'receivables' ? 'receivables' : 'board', query };
}

export function writeProjectQuery(tab: TProjectsTab, query: TProjectQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (tab === 'receivables') params.set('tab', tab);
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, String(value));
  return params;
}
