import type {
  TCreateCustomerInput,
  TCustomer,
  TDuplicateCandidate,
  TDuplicateQuery,
  TUpdateCustomerInput,
} from '../../domain/customer';
import { api, type TPage } from './client';

export const customersKey = ['customers'] as const;
export const customerKey = (id: string) => ['customer', id] as const;

/** Filters and sort as the list endpoint takes them (and as the page keeps them in its address). */
export type TCustomerQuery = Record<string, string>;

export function listCustomers(
  query: TCustomerQuery,
  cursor: string | null,
  signal?: AbortSignal,
  limit = 50,
): Promise<TPage<TCustomer>> {
  return api.get('/customers', { ...query, cursor, limit }, signal);
}

export function getCustomer(id: string): Promise<TCustomer> {
  return api.get(`/customers/${encodeURIComponent(id)}`);
}

export function createCustomer(input: TCreateCustomerInput): Promise<TCustomer> {
  return api.post('/customers', input);
}

export function updateCustomer(id: string, input: TUpdateCustomerInput): Promise<TCustomer> {
  return api.patch(`/customers/${encodeURIComponent(id)}`, input);
}

export function deleteCustomer(id: string): Promise<void> {
  return api.delete(`/customers/${encodeURIComponent(id)}`);
}

export function findDuplicates(query: TDuplicateQuery): Promise<{ items: TDuplicateCandidate[] }> {
  return api.post('/customers/duplicates', query);
}

/** Moves `fromId` (contacts, tags, history) into `intoId`; the other one goes to the recycle bin. */
export function mergeCustomers(intoId: string, fromId: string): Promise<TCustomer> {
  return api.post(`/customers/${encodeURIComponent(intoId)}/merge`, { fromId });
}

export interface THistoryItem {
  id: string;
  action: string;
  changes: Record<string, unknown>;
  user: { id: string; name: string } | null;
  at: string;
}

export const customerHistoryKey = (id: string) => ['customer', id, 'history'] as const;

export function getCustomerHistory(id: string): Promise<{ items: THistoryItem[] }> {
  return api.get(`/customers/${encodeURIComponent(id)}/history`);
}

import { BULK_ACTIONS, type TBulkAction } from '../../domain/customer';

export { BULK_ACTIONS, type TBulkAction };

export interface TBulkResult {
  batchId: string;
  updated: number;
  skipped: { id: string; reason: string }[];
}

export function bulkCustomers(ids: string[], action: TBulkAction, value?: string): Promise<TBulkResult> {
  return api.post('/customers/bulk', { ids, action, value });
}

export function undoBulk(batchId: string): Promise<{ restored: number }> {
  return api.post(`/customers/bulk/${encodeURIComponent(batchId)}/undo`);
}

export interface TRelatedRef {
  id: string;
  name: string;
  number: string;
  canOpen: boolean;
}

export interface TRelated {
  parent: TRelatedRef | null;
  branches: TRelatedRef[];
  referrer: TRelatedRef | null;
  referred: TRelatedRef[];
}

export const customerRelatedKey = (id: string) => ['customer', id, 'related'] as const;

/** 关联客户: head office and branches, who referred this customer and whom it referred. */
export function getRelated(id: string): Promise<TRelated> {
  return api.get(`/customers/${encodeURIComponent(id)}/related`);
}
