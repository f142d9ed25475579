import { ZAnalyticsQuery, ZDashboard } from '../../domain/analytics';
import { readerOf } from '../customers/customer.routes';
import type { DB } from '../db/schema';
import type { Api } from '../http/routes';
import { dashboard } from './dashboard.service';

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
}
