import type { DB } from '../db/schema';
import type { UserRow } from '../users/user.table';
import type { WorkspaceRow } from '../workspaces/workspace.table';
import type { SessionRow } from './session.table';

export async function insertSession(db: DB, row: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export interface SessionWithUser {
  session: SessionRow;
  user: UserRow;
}

/** One query per request: the live session and its (not deleted) user. */
export async function findLiveSession(db: DB, id: string, now: string): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select([
      'sessions.id as session_id',
      'sessions.csrf_token as session_csrf_token',
      'sessions.ip as session_ip',
      'sessions.user_agent as session_user_agent',
      'sessions.created_at as session_created_at',
      'sessions.last_seen_at as session_last_seen_at',
      'sessions.expires_at as session_expires_at',
    ])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now)
    .where('users.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { session_id, session_csrf_token, session_ip, session_user_agent, ...rest } = row;
  const { session_created_at, session_last_seen_at, session_expires_at, ...user } = rest;
  return {
    user,
    session: {
      id: session_id,
      workspace_id: user.workspace_id,
      user_id: user.id,
      csrf_token: session_csrf_token,
      ip: session_ip,
      user_agent: session_user_agent,
      created_at: session_created_at,
      last_seen_at: session_last_seen_at,
      expires_at: session_expires_at,
    },
  };
}

export async function extendSession(
  db: DB,
  id: string,
  lastSeenAt: string,
  expiresAt: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: DB, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Signs a member out everywhere, optionally keeping the session they are using. */
export async function deleteUserSessions(db: DB, userId: string, exceptId?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  await query.execute();
}

export async function deleteExpiredSessions(db: DB, now: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function findWorkspaceRow(db: DB, id: string): Promise<WorkspaceRow | undefined> {
  return db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
}
