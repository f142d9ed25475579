import { z } from 'zod';
import { ZCreateUserInput, ZResetPasswordInput, ZUpdateUserInput, ZUser } from '../../domain/user';
import type { DB } from '../db/schema';
import { authOf } from '../http/auth';
import { versionFromIfMatch } from '../http/concurrency';
import { pageSchema, ZListQuery } from '../http/pagination';
import type { Api } from '../http/routes';
import { ZIdParams } from '../http/routes';
import { listHistory, ZHistoryEntry } from '../history/history.service';
import * as users from './user.service';

export function userRoutes(api: Api, db: DB): void {
  const tags = ['users'];

  api.get(
    '/users',
    {
      config: { access: 'users.read' },
      schema: { tags, querystring: ZListQuery, response: { 200: pageSchema(ZUser) } },
    },
    async (request) => users.listUsers(db, authOf(request).scope, request.query),
  );

  api.get(
    '/users/:id',
    { config: { access: 'users.read' }, schema: { tags, params: ZIdParams, response: { 200: ZUser } } },
    async (request) => users.getUser(db, authOf(request).scope, request.params.id),
  );

  api.post(
    '/users',
    {
      config: { access: 'users.manage' },
      schema: { tags, body: ZCreateUserInput, response: { 201: ZUser } },
    },
    async (request, reply) =>
      reply.status(201).send(await users.createUser(db, authOf(request).scope, request.body)),
  );

  api.patch(
    '/users/:id',
    {
      config: { access: 'users.manage' },
      preValidation: versionFromIfMatch,
      schema: { tags, params: ZIdParams, body: ZUpdateUserInput, response: { 200: ZUser } },
    },
    async (request) => users.updateUser(db, authOf(request).scope, request.params.id, request.body),
  );

  api.delete(
    '/users/:id',
    { config: { access: 'users.manage' }, schema: { tags, params: ZIdParams } },
    async (request, reply) => {
      await users.deleteUser(db, authOf(request).scope, request.params.id);
      return reply.status(204).send();
    },
  );

  api.post(
    '/users/:id/reset-password',
    { config: { access: 'users.manage' }, schema: { tags, params: ZIdParams, body: ZResetPasswordInput } },
    async (request, reply) => {
      await users.resetPassword(db, authOf(request).scope, request.params.id, request.body.password);
      return reply.status(204).send();
    },
  );

  api.get(
    '/users/:id/history',
    {
      config: { access: 'users.manage' },
      schema: { tags, params: ZIdParams, response: { 200: z.object({ items: z.array(ZHistoryEntry) }) } },
    },
    async (request) => {
      const scope = authOf(request).scope;
      await users.getUser(db, scope, request.params.id);
      return { items: await listHistory(db, scope, users.USER_ENTITY, request.params.id) };
    },
  );
}
