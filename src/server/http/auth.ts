import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveApiToken } from '../api-tokens/api-token.service';
import { resolveSession } from '../auth/auth.service';
import { safeEqual } from '../auth/secrets';
import type { DB } from '../db/schema';
import type { UserRow } from '../users/user.table';
import { AppError } from './errors';
import { can, scopeOf, type Action, type Actor, type Scope } from './policy';

export const SESSION_COOKIE = 'keyi_session';
export const CSRF_HEADER = 'x-keyi-csrf';

/** Who is calling. `csrfToken` and `sessionId` exist only for cookie sessions. */
export interface AuthContext {
  user: UserRow;
  actor: Actor;
  scope: Scope;
  via: 'session' | 'token';
  sessionId?: string;
  csrfToken?: string;
}

/** Each API route says who may call it: anyone, any signed-in member, or members allowed an action. */
export type Access = 'public' | 'member' | Action;

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function contextFor(user: UserRow, via: AuthContext['via'], extra: Partial<AuthContext> = {}): AuthContext {
  const actor: Actor = { id: user.id, workspaceId: user.workspace_id, role: user.role };
  return { user, actor, scope: scopeOf(actor), via, ...extra };
}

async function authenticate(
  db: DB,
  request: FastifyRequest,
  sessionDays: number,
): Promise<AuthContext | null> {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const user = await resolveApiToken(db, header.slice(7).trim());
    return user ? contextFor(user, 'token') : null;
  }
  const secret = request.cookies[SESSION_COOKIE];
  if (!secret) return null;
  const found = await resolveSession(db, secret, sessionDays);
  if (!found) return null;
  return contextFor(found.user, 'session', {
    sessionId: found.session.id,
    csrfToken: found.session.csrf_token,
  });
}

/** Runs before the body is parsed: 401, then CSRF, then the route's permission, so nothing is read for nothing. */
export function registerAuth(app: FastifyInstance, db: DB, sessionDays: number): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public') return;
    request.auth = await authenticate(db, request, sessionDays);
    const auth = request.auth;
    if (!auth) throw new AppError('UNAUTHENTICATED');
    if (auth.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !auth.csrfToken || !safeEqual(sent, auth.csrfToken)) {
        throw new AppError('CSRF_TOKEN_INVALID');
      }
    }
    if (access !== 'member' && !can(auth.actor, access)) throw new AppError('FORBIDDEN');
  });
}

/** For handlers of non-public routes, where the hook has already guaranteed a caller. */
export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('UNAUTHENTICATED');
  return request.auth;
}
