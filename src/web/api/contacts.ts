import type { TContact, TContactInput, TContactUpdate } from '../../domain/contact';
import { api } from './client';

export const PERSONAL_FIELDS = ['mobile', 'phone', 'email', 'wechat'] as const;
export type TPersonalField = (typeof PERSONAL_FIELDS)[number];

export function createContact(customerId: string, input: TContactInput): Promise<TContact> {
  return api.post(`/customers/${encodeURIComponent(customerId)}/contacts`, input);
}

export function updateContact(id: string, input: TContactUpdate): Promise<TContact> {
  return api.patch(`/contacts/${encodeURIComponent(id)}`, input);
}

export function deleteContact(id: string): Promise<void> {
  return api.delete(`/contacts/${encodeURIComponent(id)}`);
}

/** The full value of a masked field; the server writes the reveal to the history. */
export function revealContact(id: string, field: TPersonalField): Promise<{ value: string }> {
  return api.post(`/contacts/${encodeURIComponent(id)}/reveal`, { field });
}

/** A plain link: the session cookie authorises it, and the server names the JSON file. */
export const personalDataUrl = (id: string) => `/api/v1/contacts/${encodeURIComponent(id)}/personal-data`;

/** 删除个人信息 at the person's request; the version guards against erasing what someone just changed. */
export function erasePersonalData(id: string, version: number): Promise<void> {
  return api.post(`/contacts/${encodeURIComponent(id)}/erase`, { version });
}
