import { exportCustomers, ZCustomerExportQuery } from './customer-export';
import { contentDisposition } from '../attachments/file-name';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  ZCreateCustomerInput,
  ZCustomer,
  ZDuplicateCandidate,
  ZDuplicateQuery,
  ZUpdateCustomerInput,
} from '../../domain/customer';
import { maskContactChanges } from '../contacts/contact.serializer';
import type { DB } from '../db/schema';
import { authOf } from '../http/auth';
import { versionFromIfMatch } from '../http/concurrency';
import { requestLocale } from '../http/i18n';
import { pageSchema } from '../http/pagination';
import { can } from '../http/policy';
import type { Api } from '../http/routes';
import { ZIdParams } from '../http/routes';
import { listHistory, ZHistoryEntry } from '../history/history.service';
import type { Reader } from './customer-context';
import { ZCustomerListQuery } from './customer-list';
import { createCustomer } from './customer-create.service';
import { listCustomers } from './customer-list.service';
import { updateCustomer } from './customer-update.service';
import * as customers from './customer.service';
import { findDuplicates } from './duplicates.service';
import { runBulk, undoBulk, ZBulkInput, ZBulkResult } from './bulk.service';
import { mergeCustomers } from './merge.service';
import { countCustomers, ZCountBy, ZCounts } from './customer-counts';
import { relatedCustomers, ZRelated } from './customer-related';
import { listShares, shareCustomer, unshareCustomer, ZShares } from './customer-shares';

/** The `custom.<key>=value` filters of a list URL. */
export function customParams(url: string): Record<string, string> {
  const params = new URL(url, 'http://keyi.local').searchParams;
  return Object.fromEntries([...params].filter(([key]) => key.startsWith('custom.')).slice(0, 20));
}

export function readerOf(request: FastifyRequest): Reader {
  const auth = authOf(request);
  return { actor: auth.actor, scope: auth.scope, locale: requestLocale(request) };
}

export function customerRoutes(api: Api, db: DB): void {
  const tags = ['customers'];

  api.get(
    '/customers',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZCustomerListQuery, response: { 200: pageSchema(ZCustomer) } },
    },
    async (request) => listCustomers(db, readerOf(request), request.query, customParams(request.url)),
  );

  api.get(
    '/customers/export',
    { config: { access: 'customers.read' }, schema: { tags, querystring: ZCustomerExportQuery } },
    async (request, reply) => {
      const reader = readerOf(request);
      const file = exportCustomers(db, reader, request.query, customParams(request.url));
      const name = `${reader.locale === 'en-US' ? 'customers' : '客户'}-${new Date().toISOString().slice(0, 10)}.${file.extension}`;
      return reply
        .type(file.contentType)
        .header('content-disposition', contentDisposition(name))
        .header('cache-control', 'private, no-store')
        .send(file.stream);
    },
  );

  api.get(
    '/customers/counts',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZCustomerListQuery.extend({ by: ZCountBy }), response: { 200: ZCounts } },
    },
    async (request) => {
      const { by, ...filters } = request.query;
      return countCustomers(db, readerOf(request), by, filters);
    },
  );

  api.get(
    '/customers/:id/related',
    {
      config: { access: 'customers.read' },
      schema: { tags, params: ZIdParams, response: { 200: ZRelated } },
    },
    async (request) => relatedCustomers(db, authOf(request).scope, request.params.id),
  );

  api.get(
    '/customers/:id/shares',
    { config: { access: 'customers.read' }, schema: { tags, params: ZIdParams, response: { 200: ZShares } } },
    async (request) => listShares(db, authOf(request).scope, request.params.id),
  );

  api.post(
    '/customers/:id/shares',
    {
      config: { access: 'customers.write' },
      schema: {
        tags,
        params: ZIdParams,
        body: z.strictObject({ userId: z.string().max(64) }),
        response: { 200: ZShares },
      },
    },
    async (request) => shareCustomer(db, authOf(request).scope, request.params.id, request.body.userId),
  );

  api.delete(
    '/customers/:id/shares/:userId',
    {
      config: { access: 'customers.write' },
      schema: { tags, params: ZIdParams.extend({ userId: z.string().max(64) }) },
    },
    async (request, reply) => {
      await unshareCustomer(db, authOf(request).scope, request.params.id, request.params.userId);
      return reply.status(204).send();
    },
  );

  api.post(
    '/customers',
    {
      config: { access: 'customers.write' },
      schema: { tags, body: ZCreateCustomerInput, response: { 201: ZCustomer } },
    },
    async (request, reply) =>
      reply.status(201).send(await createCustomer(db, readerOf(request), request.body)),
  );

  api.post(
    '/customers/duplicates',
    {
      config: { access: 'customers.read' },
      schema: {
        tags,
        body: ZDuplicateQuery,
        response: { 200: z.object({ items: z.array(ZDuplicateCandidate) }) },
      },
    },
    async (request) => ({ items: await findDuplicates(db, authOf(request).scope, request.body) }),
  );

  api.post(
    '/customers/bulk',
    {
      config: { access: 'customers.write' },
      schema: { tags, body: ZBulkInput, response: { 200: ZBulkResult } },
    },
    async (request) => runBulk(db, readerOf(request), request.body),
  );

  api.post(
    '/customers/bulk/:batchId/undo',
    {
      config: { access: 'customers.write' },
      schema: {
        tags,
        params: z.object({ batchId: z.string().max(64) }),
        response: { 200: z.object({ restored: z.number().int() }) },
      },
    },
    async (request) => undoBulk(db, readerOf(request), request.params.batchId),
  );

  api.post(
    '/customers/:id/merge',
    {
      config: { access: 'customers.merge' },
      schema: {
        tags,
        params: ZIdParams,
        body: z.strictObject({ fromId: z.string().max(64) }),
        response: { 200: ZCustomer },
      },
    },
    async (request) => mergeCustomers(db, readerOf(request), request.params.id, request.body.fromId),
  );

  api.get(
    '/customers/:id',
    {
      config: { access: 'customers.read' },
      schema: { tags, params: ZIdParams, response: { 200: ZCustomer } },
    },
    async (request) => customers.getCustomer(db, readerOf(request), request.params.id),
  );

  api.patch(
    '/customers/:id',
    {
      config: { access: 'customers.write' },
      preValidation: versionFromIfMatch,
      schema: { tags, params: ZIdParams, body: ZUpdateCustomerInput, response: { 200: ZCustomer } },
    },
    async (request) => updateCustomer(db, readerOf(request), request.params.id, request.body),
  );

  api.delete(
    '/customers/:id',
    { config: { access: 'customers.write' }, schema: { tags, params: ZIdParams } },
    async (request, reply) => {
      await customers.deleteCustomer(db, readerOf(request), request.params.id);
      return reply.status(204).send();
    },
  );

  api.get(
    '/customers/:id/history',
    {
      config: { access: 'customers.read' },
      schema: { tags, params: ZIdParams, response: { 200: z.object({ items: z.array(ZHistoryEntry) }) } },
    },
    async (request) => {
      const reader = readerOf(request);
      await customers.getCustomer(db, reader, request.params.id);
      const mask = can(reader.actor, 'personalData.view') ? undefined : maskContactChanges;
      return {
        items: await listHistory(db, reader.scope, customers.CUSTOMER_ENTITY, request.params.id, mask),
      };
    },
  );
}
