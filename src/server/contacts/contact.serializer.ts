import type { TContact } from '../../domain/contact';
import type { TLocale } from '../../domain/locale';
import { maskEmail, maskOther, maskPhone } from '../../domain/masking';
import { isTrue } from '../db/dialect';
import type { Dictionaries } from '../dictionaries/dictionary.service';
import type { ContactRow } from './contact.table';

export interface ContactView {
  dicts: Dictionaries;
  locale: TLocale;
  /** Personal data hidden for this reader (roles without personalData.view). */
  masked: boolean;
}

/** The one place a contact leaves the server, so masking holds on every path: card, list, search, export, history. */
export function toContact(row: ContactRow, view: ContactView): TContact {
  const mask = <T extends string | null>(value: T, fn: (v: string) => string): T | string =>
    value && view.masked ? fn(value) : value;
  const ref = (dictionary: 'contactRole' | 'personalDataSource', key: string | null) =>
    key ? { key, label: view.dicts.label(dictionary, key, view.locale) } : null;
  return {
    id: row.id,
    customerId: row.customer_id,
    name: row.name,
    title: row.title,
    mobile: mask(row.mobile, maskPhone),
    phone: mask(row.phone, maskPhone),
    email: mask(row.email, maskEmail),
    wechat: mask(row.wechat, maskOther),
    role: ref('contactRole', row.role),
    isPrimary: isTrue(row.is_primary),
    dataSource: ref('personalDataSource', row.data_source),
    notes: row.notes,
    masked: view.masked,
    erasedAt: row.erased_at ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

const MASKS: Record<string, (v: string) => string> = {
  mobile: maskPhone,
  phone: maskPhone,
  email: maskEmail,
  wechat: maskOther,
};

/**
 * Masks personal fields wherever they sit in a history entry (a whole record on create, { from, to } on update,
 * contacts nested in a customer), the same way the record itself is masked.
 */
export function maskContactChanges(changes: Record<string, unknown>): Record<string, unknown> {
  return maskDeep(changes, undefined) as Record<string, unknown>;
}

function maskDeep(value: unknown, fn: ((v: string) => string) | undefined): unknown {
  if (typeof value === 'string') return fn ? fn(value) : value;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, fn));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [
        key,
        maskDeep(v, MASKS[key] ?? (key === 'from' || key === 'to' ? fn : undefined)),
      ]),
    );
  }
  return value;
}
