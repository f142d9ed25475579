import { api } from './client';

export interface TSavedView {
  id: string;
  name: string;
  entity: string;
  query: Record<string, string>;
  columns: string[];
  shared: boolean;
  owner: { id: string; name: string };
  mine: boolean;
}

export type TSavedViewInput = Pick<TSavedView, 'name' | 'entity' | 'query' | 'columns' | 'shared'>;

export const savedViewsKey = (entity: string) => ['saved-views', entity] as const;

export function listSavedViews(entity: string): Promise<{ items: TSavedView[] }> {
  return api.get('/saved-views', { entity });
}

export function createSavedView(input: TSavedViewInput): Promise<TSavedView> {
  return api.post('/saved-views', input);
}

export function updateSavedView(id: string, input: Partial<TSavedViewInput>): Promise<TSavedView> {
  return api.patch(`/saved-views/${encodeURIComponent(id)}`, input);
}

export function deleteSavedView(id: string): Promise<void> {
  return api.delete(`/saved-views/${encodeURIComponent(id)}`);
}
