import { maskText } from '../../domain/masking';
import type { TCommitment, TFollowUp, TNextAction } from '../../domain/follow-up';
import type { TLocale } from '../../domain/locale';
import { toAttachment } from '../attachments/attachment.serializer';
import type { AttachmentRow } from '../attachments/attachment.table';
import { fromJson, isTrue } from '../db/dialect';
import type { Dictionaries } from '../dictionaries/dictionary.service';
import type { FollowUpRow } from './follow-up.table';

/** What a page of follow-ups needs besides their rows, loaded once per page. */
export interface FollowUpContext {
  dicts: Dictionaries;
  locale: TLocale;
  users: Map<string, string>;
  customers: Map<string, { name: string; number: string }>;
  contacts: Map<string, string>;
  /** By follow-up id. */
  attachments: Map<string, AttachmentRow[]>;
  /** Phone numbers and e-mails typed into the text are masked for roles that may not see personal data. */
  masked: boolean;
}

/** The one mapper of follow-ups: every output path (API, timeline, Today, exports) goes through it. */
export function toFollowUp(row: FollowUpRow, ctx: FollowUpContext): TFollowUp {
  const text = (value: string | null) => (value !== null && ctx.masked ? maskText(value) : value);
  const customer = ctx.customers.get(row.customer_id);
  return {
    id: row.id,
    number: row.number,
    customer: { id: row.customer_id, name: customer?.name ?? '', number: customer?.number ?? '' },
    at: row.at,
    method: { key: row.method, label: ctx.dicts.label('followUpMethod', row.method, ctx.locale) },
    kind: row.kind ? { key: row.kind, label: ctx.dicts.label('followUpKind', row.kind, ctx.locale) } : null,
    user: { id: row.user_id, name: ctx.users.get(row.user_id) ?? '' },
    contact: row.contact_id ? { id: row.contact_id, name: ctx.contacts.get(row.contact_id) ?? '' } : null,
    summary: text(row.summary) ?? '',
    feedback: text(row.feedback),
    attitude: row.attitude as TFollowUp['attitude'],
    attitudeNote: text(row.attitude_note),
    important: isTrue(row.important),
    commitments: (fromJson<TCommitment[]>(row.commitments) ?? []).map((c) => ({
      ...c,
      text: text(c.text) ?? '',
    })),
    nextActions: (fromJson<TNextAction[]>(row.next_actions) ?? []).map((a) => ({
      ...a,
      text: text(a.text) ?? '',
    })),
    nextDate: row.next_date,
    attachments: (ctx.attachments.get(row.id) ?? []).map((a) => toAttachment(a, ctx.masked)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
