import { ZContract, ZCreateContractInput, ZUpdateContractInput } from '../../domain/contract';
import { readerOf } from '../customers/customer.routes';
import type { DB } from '../db/schema';
import { versionFromIfMatch } from '../http/concurrency';
import { pageSchema } from '../http/pagination';
import { ZIdParams, type Api } from '../http/routes';
import { listContracts, ZContractListQuery } from './contract-list.service';
import { createContract, deleteContract, getContract, updateContract } from './contract.service';
import { invoiceRoutes } from './invoice.routes';

/** 合同 and, with them, 发票; a contract's signed file is uploaded through the attachment routes. */
export function contractRoutes(api: Api, db: DB): void {
  const tags = ['contracts'];

  api.get(
    '/contracts',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZContractListQuery, response: { 200: pageSchema(ZContract) } },
    },
    async (request) => listContracts(db, readerOf(request), request.query),
  );

  api.post(
    '/contracts',
    {
      config: { access: 'contracts.write' },
      schema: { tags, body: ZCreateContractInput, response: { 201: ZContract } },
    },
    async (request, reply) =>
      reply.status(201).send(await createContract(db, readerOf(request), request.body)),
  );

  api.get(
    '/contracts/:id',
    {
      config: { access: 'customers.read' },
      schema: { tags, params: ZIdParams, response: { 200: ZContract } },
    },
    async (request) => getContract(db, readerOf(request), request.params.id),
  );

  api.patch(
    '/contracts/:id',
    {
      config: { access: 'contracts.write' },
      preValidation: versionFromIfMatch,
      schema: { tags, params: ZIdParams, body: ZUpdateContractInput, response: { 200: ZContract } },
    },
    async (request) => updateContract(db, readerOf(request), request.params.id, request.body),
  );

  api.delete(
    '/contracts/:id',
    { config: { access: 'contracts.write' }, schema: { tags, params: ZIdParams } },
    async (request, reply) => {
      await deleteContract(db, readerOf(request), request.params.id);
      return reply.status(204).send();
    },
  );

  invoiceRoutes(api, db);
}
