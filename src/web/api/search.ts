import { api } from './client';

export interface TSearchItem {
  id: string;
  title: string;
  subtitle?: string | null;
  url: string;
}

export interface TSearchGroup {
  type: string;
  items: TSearchItem[];
}

export function search(q: string, signal?: AbortSignal): Promise<{ groups: TSearchGroup[] }> {
  return api.get('/search', { q }, signal);
}
