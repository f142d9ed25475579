import { api, type TPage } from './client';

export interface TDeletedRecord {
  type: string;
  id: string;
  title: string;
  deletedAt: string;
  deletedBy: { id: string; name: string } | null;
}

export const recycleBinKey = ['recycle-bin'] as const;

export function listDeleted(cursor?: string | null): Promise<TPage<TDeletedRecord>> {
  return api.get('/recycle-bin', { limit: 50, cursor });
}

function recordPath(record: Pick<TDeletedRecord, 'type' | 'id'>): string {
  return `/recycle-bin/${encodeURIComponent(record.type)}/${encodeURIComponent(record.id)}`;
}

export function restoreDeleted(record: Pick<TDeletedRecord, 'type' | 'id'>): Promise<void> {
  return api.post(`${recordPath(record)}/restore`);
}

export function purgeDeleted(record: Pick<TDeletedRecord, 'type' | 'id'>): Promise<void> {
  return api.delete(recordPath(record));
}
