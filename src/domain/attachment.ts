import { z } from 'zod';

/** What may be attached 附件, by extension, with the content type it is stored and served as. */
export const ATTACHMENT_TYPES = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  txt: 'text/plain',
  csv: 'text/csv',
  zip: 'application/zip',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  // WeChat voice messages are saved as .amr (AMR, or Tencent's SILK behind that extension).
  amr: 'audio/amr',
  mp4: 'video/mp4',
} as const;
export type TAttachmentExtension = keyof typeof ATTACHMENT_TYPES;

/** The extension of a file name, lower-cased, if it is one that may be attached. */
export function attachmentExtension(fileName: string): TAttachmentExtension | undefined {
  const dot = fileName.lastIndexOf('.');
  const ext = dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  return Object.hasOwn(ATTACHMENT_TYPES, ext) ? (ext as TAttachmentExtension) : undefined;
}

/** For a file input's `accept`: the extensions, so a phone's picker (and camera) offers the right files. */
export const ATTACHMENT_ACCEPT = Object.keys(ATTACHMENT_TYPES)
  .map((ext) => `.${ext}`)
  .join(',');

export const ZAttachment = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  /** Bytes. */
  size: z.number().int(),
  createdAt: z.string(),
});
export type TAttachment = z.infer<typeof ZAttachment>;
