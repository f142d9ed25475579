import { z } from 'zod';
import { ZApiToken, ZCreateApiTokenInput, ZCreatedApiToken } from '../../domain/api-token';
import type { DB } from '../db/schema';
import { authOf } from '../http/auth';
import type { Api } from '../http/routes';
import { ZIdParams } from '../http/routes';
import { createApiToken, listMyApiTokens, revokeApiToken } from './api-token.service';

export function apiTokenRoutes(api: Api, db: DB): void {
  const tags = ['api-tokens'];
  api.get(
    '/api-tokens',
    {
      config: { access: 'apiTokens.create' },
      schema: { tags, response: { 200: z.object({ items: z.array(ZApiToken) }) } },
    },
    async (request) => ({ items: await listMyApiTokens(db, authOf(request).scope) }),
  );
  api.post(
    '/api-tokens',
    {
      config: { access: 'apiTokens.create' },
      schema: { tags, body: ZCreateApiTokenInput, response: { 201: ZCreatedApiToken } },
    },
    async (request, reply) =>
      reply.status(201).send(await createApiToken(db, authOf(request).scope, request.body.name)),
  );
  api.delete(
    '/api-tokens/:id',
    { config: { access: 'apiTokens.create' }, schema: { tags, params: ZIdParams } },
    async (request, reply) => {
      await revokeApiToken(db, authOf(request).scope, request.params.id);
      return reply.status(204).send();
    },
  );
}
