import type { TAttachment } from '../../domain/attachment';
import type {
  TContract,
  TCreateContractInput,
  TCreateInvoiceInput,
  TInvoice,
  TUpdateContractInput,
  TUpdateInvoiceInput,
} from '../../domain/contract';
import { api, type TPage } from './client';

export const contractsKey = ['contracts'] as const;
export const invoicesKey = ['invoices'] as const;
/** A contract carries its invoices, so a write to either refreshes both lists. */
export const contractChangeKeys = [contractsKey, invoicesKey] as const;

/** Whose contracts and invoices: a customer's, or one deal's (the deal narrows the customer). */
export interface TContractFilter {
  customerId: string;
  dealId?: string | undefined;
}

const PAGE = 20;

export const listContracts = (
  filter: TContractFilter,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<TPage<TContract>> => api.get('/contracts', { ...filter, cursor, limit: PAGE }, signal);
export const createContract = (input: TCreateContractInput): Promise<TContract> =>
  api.post('/contracts', input);
/** 409 VERSION_CONFLICT carries the contract as it is now in `current`. */
export const updateContract = (id: string, input: TUpdateContractInput): Promise<TContract> =>
  api.patch(`/contracts/${encodeURIComponent(id)}`, input);
export const deleteContract = (id: string): Promise<void> =>
  api.delete(`/contracts/${encodeURIComponent(id)}`);

/**
 * The signed copy 合同扫描件, one file per request as follow-ups send theirs (own progress, own error); the shared
 * uploader and the attachment download/delete routes do the rest.
 */
export function uploadContractFile(
  contractId: string,
  file: File,
  onProgress?: (percent: number) => void,
): Promise<TAttachment[]> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload(`/contracts/${encodeURIComponent(contractId)}/attachments`, form, onProgress);
}

export const listInvoices = (
  filter: TContractFilter,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<TPage<TInvoice>> => api.get('/invoices', { ...filter, cursor, limit: PAGE }, signal);
export const createInvoice = (input: TCreateInvoiceInput): Promise<TInvoice> => api.post('/invoices', input);
/** 409 VERSION_CONFLICT carries the invoice as it is now in `current`. */
export const updateInvoice = (id: string, input: TUpdateInvoiceInput): Promise<TInvoice> =>
  api.patch(`/invoices/${encodeURIComponent(id)}`, input);
export const deleteInvoice = (id: string): Promise<void> => api.delete(`/invoices/${encodeURIComponent(id)}`);
