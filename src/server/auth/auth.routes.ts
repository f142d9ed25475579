import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ZChangePasswordInput, ZLoginInput, ZSetupInput, ZUpdateMeInput, ZUser } from '../../domain/user';
import { ZWorkspace } from '../../domain/workspace';
import type { DB } from '../db/schema';
import { authOf, SESSION_COOKIE } from '../http/auth';
import { versionFromIfMatch } from '../http/concurrency';
import { permissionsOf, ACTIONS } from '../http/policy';
import type { Api, AppContext } from '../http/routes';
import { changePassword, getUser, updateMe } from '../users/user.service';
import { getWorkspace } from '../workspaces/workspace.service';
import { isSetupNeeded, login, setup, type ClientInfo, type StartedSession } from './auth.service';
import { deleteSession } from './session.repository';

const ZSession = z.object({ user: ZUser, csrfToken: z.string() });
const ZMe = z.object({
  user: ZUser,
  workspace: ZWorkspace,
  csrfToken: z.string().nullable(),
  permissions: z.array(z.enum(ACTIONS)),
});

export function authRoutes(api: Api, db: DB, ctx: AppContext): void {
  const client = (request: FastifyRequest): ClientInfo => ({
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    sessionDays: ctx.sessionDays,
  });
  const setCookie = (reply: FastifyReply, session: StartedSession): void => {
    reply.setCookie(SESSION_COOKIE, session.secret, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.secureCookies,
      expires: new Date(session.expiresAt),
    });
  };

  api.get(
    '/setup',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], response: { 200: z.object({ needed: z.boolean() }) } },
    },
    async () => ({ needed: await isSetupNeeded(db) }),
  );

  api.post(
    '/setup',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        body: ZSetupInput,
        response: { 201: ZSession.extend({ workspace: ZWorkspace }) },
      },
    },
    async (request, reply) => {
      const session = await setup(db, request.body, client(request));
      setCookie(reply, session);
      return reply
        .status(201)
        .send({ user: session.user, workspace: session.workspace, csrfToken: session.csrfToken });
    },
  );

  api.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], body: ZLoginInput, response: { 200: ZSession } },
    },
    async (request, reply) => {
      const session = await login(db, request.body, client(request));
      setCookie(reply, session);
      return { user: session.user, csrfToken: session.csrfToken };
    },
  );

  api.post(
    '/auth/logout',
    { config: { access: 'member' }, schema: { tags: ['auth'] } },
    async (request, reply) => {
      const auth = authOf(request);
      if (auth.sessionId) await deleteSession(db, auth.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  api.get(
    '/me',
    { config: { access: 'member' }, schema: { tags: ['auth'], response: { 200: ZMe } } },
    async (request) => {
      const auth = authOf(request);
      return {
        user: await getUser(db, auth.scope, auth.user.id),
        workspace: await getWorkspace(db, auth.scope),
        csrfToken: auth.csrfToken ?? null,
        permissions: permissionsOf(auth.actor),
      };
    },
  );

  api.patch(
    '/me',
    {
      config: { access: 'member' },
      preValidation: versionFromIfMatch,
      schema: { tags: ['auth'], body: ZUpdateMeInput, response: { 200: ZUser } },
    },
    async (request) => updateMe(db, authOf(request).scope, request.body),
  );

  api.post(
    '/me/password',
    { config: { access: 'member' }, schema: { tags: ['auth'], body: ZChangePasswordInput } },
    async (request, reply) => {
      const auth = authOf(request);
      await changePassword(db, auth.scope, auth.sessionId, request.body);
      return reply.status(204).send();
    },
  );
}
