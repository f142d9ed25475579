import type { TAttachment } from '../../domain/attachment';
import { maskText } from '../../domain/masking';
import type { AttachmentRow } from './attachment.table';

/** The one mapper of attachments. A file name can carry a phone number (名片_13912345678.jpg): masked like text. */
export function toAttachment(row: AttachmentRow, masked: boolean): TAttachment {
  return {
    id: row.id,
    fileName: masked ? maskText(row.file_name) : row.file_name,
    contentType: row.content_type,
    size: Number(row.size_bytes),
    createdAt: row.created_at,
  };
}
