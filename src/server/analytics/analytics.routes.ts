import { ZAnalyticsQuery, ZDashboard } from '../../domain/analytics';
import { readerOf } from '../customers/customer.routes';
import type { DB } from '../db/schema';
import type { Api } from '../http/routes';
import { dashboard } from './dashboard.service';
import {
  ZChurnReport,
  ZHealthReport,
  ZLeaderboardReport,
  ZOrderValueReport,
  ZReceivablesAgeingReport,
  ZRepurchaseReport,
} from '../../domain/analytics-reports';
import { churnReport } from './churn.report';
import { healthReport } from './health.report';
import { leaderboardReport } from './leaderboard.report';
import { orderValueReport } from './order-value.report';
import { receivablesAgeingReport } from './receivables-ageing.report';
import { repurchaseReport } from './repurchase.report';
import {
  ZFunnelQuery,
  ZFunnelReport,
  ZMethodsReport,
  ZSalesCycleReport,
  ZSourceChannelsReport,
} from '../../domain/analytics-reports';
import { funnelReport } from './funnel.report';
import { methodsReport } from './methods.report';
import { salesCycleReport } from './sales-cycle.report';
import { sourceChannelsReport } from './source-channels.report';

const tags = ['analytics'];

/** 数据分析: the dashboard and the reports, each over a period and for a member or all the caller may see. */
export function analyticsRoutes(api: Api, db: DB): void {
  api.get(
    '/analytics/dashboard',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZAnalyticsQuery, response: { 200: ZDashboard } },
    },
    async (request) => dashboard(db, readerOf(request), request.query),
  );
  api.get(
    '/analytics/funnel',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZFunnelQuery, response: { 200: ZFunnelReport } },
    },
    async (request) => funnelReport(db, readerOf(request), request.query),
  );
  api.get(
    '/analytics/source-channels',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZAnalyticsQuery, response: { 200: ZSourceChannelsReport } },
    },
    async (request) => sourceChannelsReport(db, readerOf(request), request.query),
  );
  api.get(
    '/analytics/methods',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZAnalyticsQuery, response: { 200: ZMethodsReport } },
    },
    async (request) => methodsReport(db, readerOf(request), request.query),
  );
  api.get(
    '/analytics/sales-cycle',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZAnalyticsQuery, response: { 200: ZSalesCycleReport } },
    },
    async (request) => salesCycleReport(db, readerOf(request), request.query),
  );
  api.get(
    '/analytics/churn',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZAnalyticsQuery, response: { 200: ZChurnReport } },
    },
    async (request) => churnReport(db, readerOf(request), request.query),
  );
  api.get(
    '/analytics/repurchase',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZAnalyticsQuery, response: { 200: ZRepurchaseReport } },
    },
    async (request) => repurchaseReport(db, readerOf(request), request.query),
  );
  api.get(
    '/analytics/order-value',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZAnalyticsQuery, response: { 200: ZOrderValueReport } },
    },
    async (request) => orderValueReport(db, readerOf(request), request.query),
  );
  api.get(
    '/analytics/leaderboard',
    {
      // Colleagues' figures: only those who see every customer (the role matrix expects the route to say so).
      config: { access: 'customers.assign' },
      schema: { tags, querystring: ZAnalyticsQuery, response: { 200: ZLeaderboardReport } },
    },
    async (request) => leaderboardReport(db, readerOf(request), request.query),
  );
  api.get(
    '/analytics/receivables-ageing',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZAnalyticsQuery, response: { 200: ZReceivablesAgeingReport } },
    },
    async (request) => receivablesAgeingReport(db, readerOf(request), request.query),
  );
  api.get(
    '/analytics/health',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZAnalyticsQuery, response: { 200: ZHealthReport } },
    },
    async (request) => healthReport(db, readerOf(request), request.query),
  );
}
