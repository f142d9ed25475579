import type {
  TCreateInstallmentInput,
  TCreateMilestoneInput,
  TCreatePaymentInput,
  TCreateProjectInput,
  TInstallment,
  TMilestone,
  TProject,
  TProjectDetail,
  TProjectStatus,
  TReceivableView,
  TUpdateInstallmentInput,
  TUpdateMilestoneInput,
  TUpdateProjectInput,
} from '../../domain/project';
import { api, type TPage } from './client';

import type { TReceivablesPage, TReceivablesSummary } from '../../domain/receivables';
export type {
  TCustomerReceivable,
  TReceivable,
  TReceivablesPage,
  TReceivablesSummary,
} from '../../domain/receivables';

export const projectsKey = ['projects'] as const;
export const receivablesKey = ['receivables'] as const;
/** Any write moves a project's sums and what is owed: both caches are refreshed. */
export const projectChangeKeys = [projectsKey, receivablesKey] as const;
export const projectKey = (id: string) => [...projectsKey, 'detail', id] as const;

export interface TProjectQuery {
  q?: string | undefined;
  ownerId?: string | undefined;
  status?: TProjectStatus | undefined;
  customerId?: string | undefined;
  delayed?: 'true' | undefined;
}

const path = (kind: string, id: string) => `/${kind}/${encodeURIComponent(id)}`;

export const listProjects = (
  query: TProjectQuery,
  cursor: string | null,
  signal?: AbortSignal,
  limit = 30,
): Promise<TPage<TProject>> => api.get('/projects', { ...query, cursor, limit }, signal);
export const getProject = (id: string, signal?: AbortSignal): Promise<TProjectDetail> =>
  api.get(path('projects', id), undefined, signal);
export const createProject = (input: TCreateProjectInput): Promise<TProjectDetail> =>
  api.post('/projects', input);
/** 409 VERSION_CONFLICT carries the project as it is now in `current`. */
export const updateProject = (id: string, input: TUpdateProjectInput): Promise<TProjectDetail> =>
  api.patch(path('projects', id), input);
export const deleteProject = (id: string): Promise<void> => api.delete(path('projects', id));

export const createMilestone = (projectId: string, input: TCreateMilestoneInput): Promise<TMilestone> =>
  api.post(`${path('projects', projectId)}/milestones`, input);
export const updateMilestone = (id: string, input: TUpdateMilestoneInput): Promise<TMilestone> =>
  api.patch(path('milestones', id), input);
export const deleteMilestone = (id: string): Promise<void> => api.delete(path('milestones', id));

export const createInstallment = (projectId: string, input: TCreateInstallmentInput): Promise<TInstallment> =>
  api.post(`${path('projects', projectId)}/installments`, input);
export const updateInstallment = (id: string, input: TUpdateInstallmentInput): Promise<TInstallment> =>
  api.patch(path('installments', id), input);
export const deleteInstallment = (id: string): Promise<void> => api.delete(path('installments', id));

/** Answers with the installment it moved; more than is still due is 422 PAYMENT_EXCEEDS_DUE. */
export const addPayment = (installmentId: string, input: TCreatePaymentInput): Promise<TInstallment> =>
  api.post(`${path('installments', installmentId)}/payments`, input);
export const deletePayment = (id: string): Promise<void> => api.delete(path('payments', id));

export const listReceivables = (
  query: { view: TReceivableView; ownerId?: string | undefined; limit?: number },
  cursor: string | null,
  signal?: AbortSignal,
): Promise<TReceivablesPage> => api.get('/receivables', { limit: 100, ...query, cursor }, signal);

export const receivablesSummary = (
  query: { ownerId?: string | undefined },
  signal?: AbortSignal,
): Promise<TReceivablesSummary> => api.get('/receivables/summary', query, signal);
