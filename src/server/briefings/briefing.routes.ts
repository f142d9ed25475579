import { ZBriefing, ZBriefingQuery } from '../../domain/briefing';
import { readerOf } from '../customers/customer.routes';
import type { DB } from '../db/schema';
import type { Api } from '../http/routes';
import { ZIdParams } from '../http/routes';
import { getBriefing } from './briefing.service';

export function briefingRoutes(api: Api, db: DB): void {
  api.get(
    '/customers/:id/briefing',
    {
      config: { access: 'customers.read' },
      schema: {
        tags: ['customers'],
        summary: '客户汇报 / 交接汇报: the customer briefing or hand-over report, generated from the record',
        params: ZIdParams,
        querystring: ZBriefingQuery,
        response: { 200: ZBriefing },
      },
    },
    async (request) => getBriefing(db, readerOf(request), request.params.id, request.query.kind),
  );
}
