import type { TAnalyticsQuery, TDashboard } from '../../domain/analytics';
import { api } from './client';

export type { TDashboard };

/** Period and subject as the address keeps them; custom days only with period=custom. */
export type TAnalyticsParams = Pick<TAnalyticsQuery, 'period' | 'from' | 'to' | 'userId'>;

export const analyticsKey = ['analytics'] as const;

export const getDashboard = (query: TAnalyticsParams, signal?: AbortSignal): Promise<TDashboard> =>
  api.get('/analytics/dashboard', query, signal);
