import type { TAssessment } from '../../domain/assessment';
import type { TCustomer, TNeeds } from '../../domain/customer';
import type { TDictionary } from '../../domain/dictionaries';
import { maskTextDeep } from '../../domain/masking';
import { toContact, type ContactView } from '../contacts/contact.serializer';
import type { ContactRow } from '../contacts/contact.table';
import { fromJson, isTrue } from '../db/dialect';
import type { CustomerRow } from './customer.table';

/** Everything a page of customers needs besides their rows, loaded once per page (no query per row). */
export interface CustomerContext extends ContactView {
  users: Map<string, string>;
  refs: Map<string, { name: string; number: string }>;
  tags: Map<string, string[]>;
  contacts: Map<string, ContactRow[]>;
}

export function toCustomer(row: CustomerRow, ctx: CustomerContext): TCustomer {
  const ref = (dictionary: TDictionary, key: string | null) =>
    key ? { key, label: ctx.dicts.label(dictionary, key, ctx.locale) } : null;
  const customerRef = (id: string | null) => {
    const found = id ? ctx.refs.get(id) : undefined;
    return id && found ? { id, ...found } : null;
  };
  const maskIf = <T>(value: T): T => (ctx.masked ? maskTextDeep(value) : value);
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    name: row.name,
    creditCode: row.credit_code,
    industry: ref('industry', row.industry),
    companySize: ref('companySize', row.company_size),
    province: row.province,
    city: row.city,
    district: row.district,
    address: row.address,
    sourceChannel: ref('sourceChannel', row.source_channel),
    referrer: customerRef(row.referrer_id),
    type: ref('customerType', row.type),
    status: ref('customerStatus', row.status),
    stage: ref('customerStage', row.stage),
    assessment: fromJson<TAssessment>(row.assessment) ?? {},
    score: row.score,
    grade: row.grade,
    gradeIsManual: isTrue(row.grade_manual),
    // Typed text may carry a phone or an e-mail: masked like follow-up summaries for roles without personal data.
    needs: maskIf(fromJson<TNeeds>(row.needs) ?? {}),
    owner: row.owner_id ? { id: row.owner_id, name: ctx.users.get(row.owner_id) ?? '' } : null,
    parent: customerRef(row.parent_id),
    firstContactDate: row.first_contact_date,
    establishedDate: row.established_date,
    notes: maskIf(row.notes),
    tags: (ctx.tags.get(row.id) ?? []).map((key) => ({
      key,
      label: ctx.dicts.label('tag', key, ctx.locale),
      color: ctx.dicts.find('tag', key)?.color ?? null,
    })),
    custom: fromJson<Record<string, unknown>>(row.custom) ?? {},
    lastFollowUpAt: row.last_follow_up_at,
    lastFollowUpMethod: row.last_follow_up_method
      ? {
          key: row.last_follow_up_method,
          label: ctx.dicts.label('followUpMethod', row.last_follow_up_method, ctx.locale),
        }
      : null,
    nextFollowUpDate: row.next_follow_up_date,
    cadenceDays: row.cadence_days,
    nextDueDate: row.next_due_date,
    firstWonDate: row.first_won_date,
    lastWonDate: row.last_won_date,
    wonAmount: Number(row.won_amount),
    wonCount: Number(row.won_count),
    contacts: (ctx.contacts.get(row.id) ?? []).map((c) => toContact(c, ctx)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
