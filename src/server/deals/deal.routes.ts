import { maskTextDeep } from '../../domain/masking';
import { can } from '../http/policy';
import { z } from 'zod';
import {
  ZApproval,
  ZApprovalDecisionInput,
  ZApprovalRequestInput,
  ZCreateDealInput,
  ZDeal,
  ZUpdateDealInput,
} from '../../domain/deal';
import { ZPipeline, ZUpdatePipelineInput } from '../../domain/pipeline';
import { readerOf } from '../customers/customer.routes';
import type { DB } from '../db/schema';
import { versionFromIfMatch } from '../http/concurrency';
import { pageSchema } from '../http/pagination';
import type { Api } from '../http/routes';
import { ZIdParams } from '../http/routes';
import { decideApproval, listDealApprovals, requestApproval, withdrawApproval } from './approval.service';
import { dealBoard, dealBoardColumn, ZBoard, ZBoardQuery, ZColumnQuery } from './deal-board.service';
import { listDeals, ZDealListQuery } from './deal-list.service';
import { createDeal, DEAL_ENTITY, deleteDeal, getDeal, updateDeal } from './deal.service';
import { listHistory, ZHistoryEntry } from '../history/history.service';
import { loadPipeline, toPipeline, updatePipeline } from './pipeline.service';

export function dealRoutes(api: Api, db: DB): void {
  const tags = ['deals'];
  const read = { access: 'customers.read' } as const;
  const write = { access: 'deals.write' } as const;

  api.get(
    '/pipelines',
    { config: read, schema: { tags, response: { 200: z.array(ZPipeline) } } },
    async (request) => {
      const reader = readerOf(request);
      return [toPipeline(await loadPipeline(db, reader.scope.workspaceId), reader.locale)];
    },
  );
  api.patch(
    '/pipelines/:id',
    {
      config: { access: 'pipelines.manage' },
      preValidation: versionFromIfMatch,
      schema: { tags, params: ZIdParams, body: ZUpdatePipelineInput, response: { 200: ZPipeline } },
    },
    async (request) => {
      const reader = readerOf(request);
      return updatePipeline(db, reader.scope, reader.locale, request.params.id, request.body);
    },
  );

  api.get(
    '/deals',
    { config: read, schema: { tags, querystring: ZDealListQuery, response: { 200: pageSchema(ZDeal) } } },
    async (request) => listDeals(db, readerOf(request), request.query),
  );
  api.get(
    '/deals/board',
    { config: read, schema: { tags, querystring: ZBoardQuery, response: { 200: ZBoard } } },
    async (request) => dealBoard(db, readerOf(request), request.query),
  );
  api.get(
    '/deals/board/column',
    {
      config: read,
      schema: {
        tags,
        querystring: ZColumnQuery,
        response: { 200: z.object({ items: z.array(ZDeal), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => dealBoardColumn(db, readerOf(request), request.query),
  );
  api.post(
    '/deals',
    { config: write, schema: { tags, body: ZCreateDealInput, response: { 201: ZDeal } } },
    async (request, reply) => reply.status(201).send(await createDeal(db, readerOf(request), request.body)),
  );
  api.get(
    '/deals/:id',
    { config: read, schema: { tags, params: ZIdParams, response: { 200: ZDeal } } },
    async (request) => getDeal(db, readerOf(request), request.params.id),
  );
  api.patch(
    '/deals/:id',
    {
      config: write,
      preValidation: versionFromIfMatch,
      schema: { tags, params: ZIdParams, body: ZUpdateDealInput, response: { 200: ZDeal } },
    },
    async (request) => updateDeal(db, readerOf(request), request.params.id, request.body),
  );
  api.delete('/deals/:id', { config: write, schema: { tags, params: ZIdParams } }, async (request, reply) => {
    await deleteDeal(db, readerOf(request), request.params.id);
    return reply.status(204).send();
  });

  api.get(
    '/deals/:id/history',
    {
      config: read,
      schema: { tags, params: ZIdParams, response: { 200: z.object({ items: z.array(ZHistoryEntry) }) } },
    },
    async (request) => {
      const reader = readerOf(request);
      await getDeal(db, reader, request.params.id);
      // Text typed into a deal may hold a phone number: masked in its history as on the deal itself.
      const mask = can(reader.actor, 'personalData.view') ? undefined : maskTextDeep;
      return { items: await listHistory(db, reader.scope, DEAL_ENTITY, request.params.id, mask) };
    },
  );

  // 成交审批: the request, the decision, and the history of both.
  api.get(
    '/deals/:id/approval',
    { config: read, schema: { tags, params: ZIdParams, response: { 200: z.array(ZApproval) } } },
    async (request) => listDealApprovals(db, readerOf(request), request.params.id),
  );
  api.post(
    '/deals/:id/approval',
    {
      config: write,
      schema: { tags, params: ZIdParams, body: ZApprovalRequestInput, response: { 201: ZApproval } },
    },
    async (request, reply) =>
      reply.status(201).send(await requestApproval(db, readerOf(request), request.params.id, request.body)),
  );
  api.post(
    '/deals/:id/approval/withdraw',
    { config: write, schema: { tags, params: ZIdParams, response: { 200: ZApproval } } },
    async (request) => withdrawApproval(db, readerOf(request), request.params.id),
  );
  for (const [path, decision] of [
    ['approve', 'approved'],
    ['reject', 'rejected'],
  ] as const)
    api.post(
      `/deals/:id/approval/${path}`,
      {
        config: { access: 'deals.approve' },
        schema: { tags, params: ZIdParams, body: ZApprovalDecisionInput, response: { 200: ZApproval } },
      },
      async (request) =>
        decideApproval(db, readerOf(request), request.params.id, decision, request.body.comment),
    );
}
