import type { Selectable } from 'kysely';
import type { CommonColumns } from '../db/common.table';

/** The kinds of record a file can be attached to: a follow-up's photos, a contract's signed copy. */
export type AttachmentOwnerType = 'followUp' | 'contract';

export interface AttachmentTable extends CommonColumns {
  owner_type: AttachmentOwnerType;
  owner_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  /** Relative to the data folder: files/<workspace>/<yyyy>/<mm>/<id>. */
  storage_key: string;
}
export type AttachmentRow = Selectable<AttachmentTable>;
