import type { TAnalyticsQuery, TDashboard } from '../../domain/analytics';
import type {
  TChurnReport,
  TFunnelReport,
  THealthReport,
  TLeaderboardReport,
  TMethodsReport,
  TMonthlyReport,
  TOrderValueReport,
  TReceivablesAgeingReport,
  TRepurchaseReport,
  TSalesCycleReport,
  TSourceChannelsReport,
} from '../../domain/analytics-reports';
import { api } from './client';

export type { TDashboard };

/** Period and subject as the address keeps them; custom days only with period=custom. */
export type TAnalyticsParams = Pick<TAnalyticsQuery, 'period' | 'from' | 'to' | 'userId'>;

export const analyticsKey = ['analytics'] as const;

export const getDashboard = (query: TAnalyticsParams, signal?: AbortSignal): Promise<TDashboard> =>
  api.get('/analytics/dashboard', query, signal);

/** `GET /analytics/<name>` and what each answers. */
export interface TReports {
  monthly: TMonthlyReport;
  funnel: TFunnelReport;
  'source-channels': TSourceChannelsReport;
  methods: TMethodsReport;
  'sales-cycle': TSalesCycleReport;
  churn: TChurnReport;
  repurchase: TRepurchaseReport;
  'order-value': TOrderValueReport;
  leaderboard: TLeaderboardReport;
  'receivables-ageing': TReceivablesAgeingReport;
  health: THealthReport;
}
export type TReportName = keyof TReports;

export const getReport = <N extends TReportName>(
  name: N,
  query: TAnalyticsParams & { pipelineId?: string },
  signal?: AbortSignal,
): Promise<TReports[N]> => api.get(`/analytics/${name}`, query, signal);
