import { ZCreateInvoiceInput, ZInvoice, ZUpdateInvoiceInput } from '../../domain/contract';
import { readerOf } from '../customers/customer.routes';
import type { DB } from '../db/schema';
import { versionFromIfMatch } from '../http/concurrency';
import { pageSchema } from '../http/pagination';
import { ZIdParams, type Api } from '../http/routes';
import { listInvoices, ZInvoiceListQuery } from './invoice-list.service';
import { createInvoice, deleteInvoice, getInvoice, updateInvoice } from './invoice.service';

/** 发票: written by those who write contracts, read by everyone who sees the customer. */
export function invoiceRoutes(api: Api, db: DB): void {
  const tags = ['invoices'];

  api.get(
    '/invoices',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZInvoiceListQuery, response: { 200: pageSchema(ZInvoice) } },
    },
    async (request) => listInvoices(db, readerOf(request), request.query),
  );

  api.post(
    '/invoices',
    {
      config: { access: 'contracts.write' },
      schema: { tags, body: ZCreateInvoiceInput, response: { 201: ZInvoice } },
    },
    async (request, reply) =>
      reply.status(201).send(await createInvoice(db, readerOf(request), request.body)),
  );

  api.get(
    '/invoices/:id',
    {
      config: { access: 'customers.read' },
      schema: { tags, params: ZIdParams, response: { 200: ZInvoice } },
    },
    async (request) => getInvoice(db, readerOf(request), request.params.id),
  );

  api.patch(
    '/invoices/:id',
    {
      config: { access: 'contracts.write' },
      preValidation: versionFromIfMatch,
      schema: { tags, params: ZIdParams, body: ZUpdateInvoiceInput, response: { 200: ZInvoice } },
    },
    async (request) => updateInvoice(db, readerOf(request), request.params.id, request.body),
  );

  api.delete(
    '/invoices/:id',
    { config: { access: 'contracts.write' }, schema: { tags, params: ZIdParams } },
    async (request, reply) => {
      await deleteInvoice(db, readerOf(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
