import type { TAttachment } from '../../domain/attachment';
import { api } from './client';

/** One file per request, so that each shows its own progress and its own error. */
export function uploadAttachment(
  followUpId: string,
  file: File,
  onProgress?: (percent: number) => void,
): Promise<TAttachment[]> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload(`/follow-ups/${encodeURIComponent(followUpId)}/attachments`, form, onProgress);
}

export function deleteAttachment(id: string): Promise<void> {
  return api.delete(`/attachments/${encodeURIComponent(id)}`);
}

/** A plain link: the session cookie authorises it, and the server names the file (Content-Disposition). */
export function attachmentUrl(id: string): string {
  return `/api/v1/attachments/${encodeURIComponent(id)}/download`;
}
