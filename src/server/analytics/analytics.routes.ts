import type { z } from 'zod';
import { ZAnalyticsQuery, ZDashboard, type TAnalyticsQuery } from '../../domain/analytics';
import {
  ZChurnReport,
  ZFunnelQuery,
  ZFunnelReport,
  ZHealthReport,
  ZLeaderboardReport,
  ZMethodsReport,
  ZMonthlyReport,
  ZOrderValueReport,
  ZReceivablesAgeingReport,
  ZRepurchaseReport,
  ZSalesCycleReport,
  ZSourceChannelsReport,
} from '../../domain/analytics-reports';
import type { Action } from '../../domain/permissions';
import type { Reader } from '../customers/customer-context';
import { readerOf } from '../customers/customer.routes';
import type { DB } from '../db/schema';
import type { Api } from '../http/routes';
import { churnReport } from './churn.report';
import { dashboard } from './dashboard.service';
import { funnelReport } from './funnel.report';
import { healthReport } from './health.report';
import { leaderboardReport } from './leaderboard.report';
import { methodsReport } from './methods.report';
import { monthlyReport } from './monthly.report';
import { orderValueReport } from './order-value.report';
import { receivablesAgeingReport } from './receivables-ageing.report';
import { repurchaseReport } from './repurchase.report';
import { salesCycleReport } from './sales-cycle.report';
import { sourceChannelsReport } from './source-channels.report';

interface Report {
  access: Action;
  query: z.ZodType<TAnalyticsQuery>;
  response: z.ZodType;
  build: (db: DB, reader: Reader, query: never) => Promise<unknown>;
}

const everyone = 'customers.read' as const;

/** `GET /analytics/<name>`: each answers for a period and for a member or all the caller may see. */
export const REPORTS: Record<string, Report> = {
  dashboard: { access: everyone, query: ZAnalyticsQuery, response: ZDashboard, build: dashboard },
  monthly: { access: everyone, query: ZAnalyticsQuery, response: ZMonthlyReport, build: monthlyReport },
  funnel: { access: everyone, query: ZFunnelQuery, response: ZFunnelReport, build: funnelReport },
  'source-channels': {
    access: everyone,
    query: ZAnalyticsQuery,
    response: ZSourceChannelsReport,
    build: sourceChannelsReport,
  },
  methods: { access: everyone, query: ZAnalyticsQuery, response: ZMethodsReport, build: methodsReport },
  'sales-cycle': {
    access: everyone,
    query: ZAnalyticsQuery,
    response: ZSalesCycleReport,
    build: salesCycleReport,
  },
  churn: { access: everyone, query: ZAnalyticsQuery, response: ZChurnReport, build: churnReport },
  repurchase: {
    access: everyone,
    query: ZAnalyticsQuery,
    response: ZRepurchaseReport,
    build: repurchaseReport,
  },
  'order-value': {
    access: everyone,
    query: ZAnalyticsQuery,
    response: ZOrderValueReport,
    build: orderValueReport,
  },
  // Every member's figures side by side: for those who may see everyone's customers.
  leaderboard: {
    access: 'customers.assign',
    query: ZAnalyticsQuery,
    response: ZLeaderboardReport,
    build: leaderboardReport,
  },
  'receivables-ageing': {
    access: everyone,
    query: ZAnalyticsQuery,
    response: ZReceivablesAgeingReport,
    build: receivablesAgeingReport,
  },
  health: { access: everyone, query: ZAnalyticsQuery, response: ZHealthReport, build: healthReport },
};

/** 数据分析: the dashboard and the reports. */
export function analyticsRoutes(api: Api, db: DB): void {
  for (const [name, report] of Object.entries(REPORTS)) {
    api.get(
      `/analytics/${name}`,
      {
        config: { access: report.access },
        schema: { tags: ['analytics'], querystring: report.query, response: { 200: report.response } },
      },
      async (request) => report.build(db, readerOf(request), request.query as never),
    );
  }
}
