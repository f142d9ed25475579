import type { TCustomer } from '../../domain/customer';
import { api, type TPage } from './client';

export const poolKey = ['pool'] as const;

export function listPool(cursor: string | null, signal?: AbortSignal): Promise<TPage<TCustomer>> {
  return api.get('/pool', { limit: 50, cursor }, signal);
}

export function claimCustomer(id: string): Promise<TCustomer> {
  return api.post(`/customers/${encodeURIComponent(id)}/claim`);
}

export function releaseCustomer(id: string): Promise<void> {
  return api.post(`/customers/${encodeURIComponent(id)}/release`);
}
