import {
  ZCreateInstallmentInput,
  ZCreatePaymentInput,
  ZInstallment,
  ZUpdateInstallmentInput,
} from '../../domain/project';
import { readerOf } from '../customers/customer.routes';
import type { DB } from '../db/schema';
import { versionFromIfMatch } from '../http/concurrency';
import { ZIdParams, type Api } from '../http/routes';
import { createInstallment, deleteInstallment, updateInstallment } from './installment.service';
import { addPayment, deletePayment } from './payment.service';
import { ZReceivablesPage, ZReceivablesSummary } from '../../domain/receivables';
import { receivablesSummary } from './receivables-summary';
import { listReceivables, ZReceivablesQuery } from './receivables.service';

/** 收款计划: installments, the payments received against them, and what is still owed. */
export function installmentRoutes(api: Api, db: DB): void {
  const tags = ['projects'];

  api.post(
    '/projects/:id/installments',
    {
      config: { access: 'payments.write' },
      schema: { tags, params: ZIdParams, body: ZCreateInstallmentInput, response: { 201: ZInstallment } },
    },
    async (request, reply) =>
      reply.status(201).send(await createInstallment(db, readerOf(request), request.params.id, request.body)),
  );

  api.patch(
    '/installments/:id',
    {
      config: { access: 'payments.write' },
      preValidation: versionFromIfMatch,
      schema: { tags, params: ZIdParams, body: ZUpdateInstallmentInput, response: { 200: ZInstallment } },
    },
    async (request) => updateInstallment(db, readerOf(request), request.params.id, request.body),
  );

  api.delete(
    '/installments/:id',
    { config: { access: 'payments.write' }, schema: { tags, params: ZIdParams } },
    async (request, reply) => {
      await deleteInstallment(db, readerOf(request), request.params.id);
      return reply.status(204).send();
    },
  );

  // Answers with the installment the payment moved (received amount, date, status), its payments included.
  api.post(
    '/installments/:id/payments',
    {
      config: { access: 'payments.write' },
      schema: { tags, params: ZIdParams, body: ZCreatePaymentInput, response: { 201: ZInstallment } },
    },
    async (request, reply) =>
      reply.status(201).send(await addPayment(db, readerOf(request), request.params.id, request.body)),
  );

  api.delete(
    '/payments/:id',
    { config: { access: 'payments.write' }, schema: { tags, params: ZIdParams } },
    async (request, reply) => {
      await deletePayment(db, readerOf(request), request.params.id);
      return reply.status(204).send();
    },
  );

  api.get(
    '/receivables',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZReceivablesQuery, response: { 200: ZReceivablesPage } },
    },
    async (request) => listReceivables(db, readerOf(request), request.query),
  );

  api.get(
    '/receivables/summary',
    {
      config: { access: 'customers.read' },
      schema: {
        tags,
        querystring: ZReceivablesQuery.pick({ customerId: true, ownerId: true }),
        response: { 200: ZReceivablesSummary },
      },
    },
    async (request) => receivablesSummary(db, readerOf(request), request.query),
  );
}
