import { ZCustomer } from '../../domain/customer';
import { readerOf } from '../customers/customer.routes';
import type { DB } from '../db/schema';
import { pageSchema } from '../http/pagination';
import { ZIdParams, type Api } from '../http/routes';
import { claimCustomer, listPool, releaseCustomer, ZPoolQuery } from './pool.service';

export function poolRoutes(api: Api, db: DB): void {
  const tags = ['pool'];

  api.get(
    '/pool',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZPoolQuery, response: { 200: pageSchema(ZCustomer) } },
    },
    async (request) => listPool(db, readerOf(request), request.query),
  );

  api.post(
    '/customers/:id/claim',
    {
      config: { access: 'customers.write' },
      schema: { tags, params: ZIdParams, response: { 200: ZCustomer } },
    },
    async (request) => claimCustomer(db, readerOf(request), request.params.id),
  );

  api.post(
    '/customers/:id/release',
    { config: { access: 'customers.write' }, schema: { tags, params: ZIdParams } },
    async (request, reply) => {
      await releaseCustomer(db, readerOf(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
