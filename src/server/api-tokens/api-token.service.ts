import type { TApiToken, TCreatedApiToken } from '../../domain/api-token';
import { digest, randomToken } from '../auth/secrets';
import { newId, nowIso } from '../db/dialect';
import type { DB } from '../db/schema';
import { notFound } from '../http/errors';
import type { Scope } from '../http/policy';
import { recordHistory } from '../history/history.service';
import type { UserRow } from '../users/user.table';
import type { ApiTokenRow } from './api-token.table';

export const TOKEN_PREFIX = 'keyi_';

function toApiToken(row: ApiTokenRow): TApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  };
}

export async function listMyApiTokens(db: DB, scope: Scope): Promise<TApiToken[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('workspace_id', '=', scope.workspaceId)
    .where('user_id', '=', scope.userId)
    .where('revoked_at', 'is', null)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toApiToken);
}

/** The secret is returned once and stored only as a digest. */
export async function createApiToken(db: DB, scope: Scope, name: string): Promise<TCreatedApiToken> {
  const token = TOKEN_PREFIX + randomToken();
  const row: ApiTokenRow = {
    id: newId(),
    workspace_id: scope.workspaceId,
    user_id: scope.userId,
    name,
    token_hash: digest(token),
    prefix: token.slice(0, TOKEN_PREFIX.length + 4),
    created_at: nowIso(),
    last_used_at: null,
    revoked_at: null,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('api_tokens').values(row).execute();
    await recordHistory(trx, scope, {
      entityType: 'apiToken',
      entityId: row.id,
      action: 'create',
      changes: { name },
    });
  });
  return { ...toApiToken(row), token };
}

export async function revokeApiToken(db: DB, scope: Scope, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('api_tokens')
      .set({ revoked_at: nowIso() })
      .where('workspace_id', '=', scope.workspaceId)
      .where('user_id', '=', scope.userId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw notFound();
    await recordHistory(trx, scope, { entityType: 'apiToken', entityId: id, action: 'revoke', changes: {} });
  });
}

// last_used_at is a hint for people cleaning up tokens; once a minute is precise enough and spares writes.
const TOUCH_AFTER_MS = 60_000;

export async function resolveApiToken(db: DB, token: string): Promise<UserRow | undefined> {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select(['api_tokens.id as token_id', 'api_tokens.last_used_at as token_last_used_at'])
    .where('api_tokens.token_hash', '=', digest(token))
    .where('api_tokens.revoked_at', 'is', null)
    .where('users.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { token_id, token_last_used_at, ...user } = row;
  const now = Date.now();
  if (!token_last_used_at || now - new Date(token_last_used_at).getTime() > TOUCH_AFTER_MS) {
    await db
      .updateTable('api_tokens')
      .set({ last_used_at: new Date(now).toISOString() })
      .where('id', '=', token_id)
      .execute();
  }
  return user;
}
