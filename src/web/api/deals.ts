import type {
  TApproval,
  TApprovalRequestInput,
  TCreateDealInput,
  TDeal,
  TUpdateDealInput,
} from '../../domain/deal';
import type { TPipeline, TUpdatePipelineInput } from '../../domain/pipeline';
import { api, type TPage } from './client';

export const dealsKey = ['deals'] as const;
/** A deal's change moves its customer's type, stage and won totals: both caches are refreshed. */
export const dealChangeKeys = [dealsKey, ['customer']] as const;
export const pipelinesKey = ['pipelines'] as const;

/** Filters shared by the list and the board (GET /deals, GET /deals/board); unset ones stay out of the address. */
export interface TDealQuery {
  q?: string | undefined;
  ownerId?: string | undefined;
  customerId?: string | undefined;
  grade?: string | undefined;
  sourceChannel?: string | undefined;
  stage?: string | undefined;
  stageKind?: 'open' | 'won' | 'lost' | undefined;
  approval?: 'pending' | undefined;
  /** Closed on these days (the list only: the board shows open deals too). */
  closedFrom?: string | undefined;
  closedTo?: string | undefined;
  sort?: string | undefined;
}

/** What the board filters on: the list's filters less the stage, the sort and the closed days. */
const boardFilters = (query: TDealQuery) => ({
  ...query,
  stageKind: undefined,
  sort: undefined,
  closedFrom: undefined,
  closedTo: undefined,
});

export interface TBoardColumn {
  stage: string;
  count: number;
  amount: number;
  weighted: number;
  items: TDeal[];
  nextCursor: string | null;
}

export interface TBoard {
  pipeline: TPipeline;
  closedSince: string;
  columns: TBoardColumn[];
}

export const listPipelines = (): Promise<TPipeline[]> => api.get('/pipelines');
export const updatePipeline = (id: string, input: TUpdatePipelineInput): Promise<TPipeline> =>
  api.patch(`/pipelines/${encodeURIComponent(id)}`, input);

export const listDeals = (
  query: TDealQuery,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<TPage<TDeal>> => api.get('/deals', { ...query, cursor, limit: 50 }, signal);
export const getBoard = (query: TDealQuery, signal?: AbortSignal): Promise<TBoard> =>
  api.get('/deals/board', { ...boardFilters(query), stage: undefined }, signal);
export const getBoardColumn = (
  query: TDealQuery,
  stage: string,
  cursor: string,
): Promise<{ items: TDeal[]; nextCursor: string | null }> =>
  api.get('/deals/board/column', { ...boardFilters(query), stage, cursor });

export const getDeal = (id: string): Promise<TDeal> => api.get(`/deals/${encodeURIComponent(id)}`);
export const createDeal = (input: TCreateDealInput): Promise<TDeal> => api.post('/deals', input);
/** 409 VERSION_CONFLICT carries the deal as it is now in `current`; 409 APPROVAL_REQUIRED asks for a request. */
export const updateDeal = (id: string, input: TUpdateDealInput): Promise<TDeal> =>
  api.patch(`/deals/${encodeURIComponent(id)}`, input);
export const deleteDeal = (id: string): Promise<void> => api.delete(`/deals/${encodeURIComponent(id)}`);

export const listApprovals = (dealId: string): Promise<TApproval[]> =>
  api.get(`/deals/${encodeURIComponent(dealId)}/approval`);
export const requestApproval = (dealId: string, input: TApprovalRequestInput): Promise<TApproval> =>
  api.post(`/deals/${encodeURIComponent(dealId)}/approval`, input);
export const decideApproval = (
  dealId: string,
  decision: 'approve' | 'reject',
  comment: string,
): Promise<TApproval> => api.post(`/deals/${encodeURIComponent(dealId)}/approval/${decision}`, { comment });
export const withdrawApproval = (dealId: string): Promise<TApproval> =>
  api.post(`/deals/${encodeURIComponent(dealId)}/approval/withdraw`, {});

export interface TDealHistoryEntry {
  id: string;
  action: string;
  changes: Record<string, unknown>;
  user: { id: string; name: string } | null;
  at: string;
}
export const getDealHistory = (id: string): Promise<{ items: TDealHistoryEntry[] }> =>
  api.get(`/deals/${encodeURIComponent(id)}/history`);
