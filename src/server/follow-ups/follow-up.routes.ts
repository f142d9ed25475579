import { ZCreateFollowUpInput, ZFollowUp, ZUpdateFollowUpInput } from '../../domain/follow-up';
import { readerOf } from '../customers/customer.routes';
import type { DB } from '../db/schema';
import { versionFromIfMatch } from '../http/concurrency';
import { pageSchema } from '../http/pagination';
import type { Api } from '../http/routes';
import { ZIdParams } from '../http/routes';
import { listFollowUps, ZFollowUpListQuery } from './follow-up-list.service';
import { createFollowUp, deleteFollowUp, getFollowUp, updateFollowUp } from './follow-up.service';
import { customerTimeline, ZTimeline, ZTimelineQuery } from './timeline.service';

export function followUpRoutes(api: Api, db: DB): void {
  const tags = ['follow-ups'];

  api.get(
    '/follow-ups',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZFollowUpListQuery, response: { 200: pageSchema(ZFollowUp) } },
    },
    async (request) => listFollowUps(db, readerOf(request), request.query),
  );

  api.post(
    '/follow-ups',
    {
      config: { access: 'followUps.write' },
      schema: { tags, body: ZCreateFollowUpInput, response: { 201: ZFollowUp } },
    },
    async (request, reply) =>
      reply.status(201).send(await createFollowUp(db, readerOf(request), request.body)),
  );

  api.get(
    '/follow-ups/:id',
    {
      config: { access: 'customers.read' },
      schema: { tags, params: ZIdParams, response: { 200: ZFollowUp } },
    },
    async (request) => getFollowUp(db, readerOf(request), request.params.id),
  );

  api.patch(
    '/follow-ups/:id',
    {
      config: { access: 'followUps.write' },
      preValidation: versionFromIfMatch,
      schema: { tags, params: ZIdParams, body: ZUpdateFollowUpInput, response: { 200: ZFollowUp } },
    },
    async (request) => updateFollowUp(db, readerOf(request), request.params.id, request.body),
  );

  api.delete(
    '/follow-ups/:id',
    { config: { access: 'followUps.write' }, schema: { tags, params: ZIdParams } },
    async (request, reply) => {
      await deleteFollowUp(db, readerOf(request), request.params.id);
      return reply.status(204).send();
    },
  );

  api.get(
    '/customers/:id/timeline',
    {
      config: { access: 'customers.read' },
      schema: {
        tags: ['customers'],
        params: ZIdParams,
        querystring: ZTimelineQuery,
        response: { 200: ZTimeline },
      },
    },
    async (request) => customerTimeline(db, readerOf(request), request.params.id, request.query),
  );
}
