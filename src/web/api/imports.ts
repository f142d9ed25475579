import type { z } from 'zod';
import type {
  TImportBatch,
  TImportCheck,
  TImportDraft,
  TImportSettings,
  ZProblemRow,
} from '../../domain/import/import-batch';
import type { TImportKind } from '../../domain/import/import-fields';
import { api } from './client';

export type TProblemRow = z.infer<typeof ZProblemRow>;

export const importsKey = ['imports'] as const;

const path = (id: string, what = '') => `/imports/${encodeURIComponent(id)}${what}`;

export function uploadImport(
  file: File,
  kind: TImportKind,
  onProgress?: (percent: number) => void,
): Promise<TImportDraft> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload(`/imports?kind=${kind}`, form, onProgress);
}

export const chooseSheet = (id: string, sheet: number) =>
  api.post<TImportDraft>(path(id, '/sheet'), { sheet });
export const checkImport = (id: string, settings: TImportSettings) =>
  api.post<TImportCheck>(path(id, '/check'), settings);
export const runImport = (id: string, settings: TImportSettings) =>
  api.post<TImportBatch>(path(id, '/run'), settings);
export const getImport = (id: string) => api.get<TImportBatch>(path(id));
export const undoImport = (id: string) => api.post<TImportBatch>(path(id, '/undo'));
export const listImports = (kind: TImportKind) => api.get<TImportBatch[]>(`/imports?kind=${kind}`);
export const rejectedRows = (id: string) => api.get<TProblemRow[]>(path(id, '/rejected'));

/** A plain link: the session cookie authorises it, and the server names and streams the file. */
export function customerExportUrl(query: Record<string, string>, columns: string[], format: 'csv' | 'xlsx') {
  const params = new URLSearchParams(query);
  params.delete('cursor');
  params.set('format', format);
  params.set('columns', columns.join(','));
  return `/api/v1/customers/export?${params.toString()}`;
}
