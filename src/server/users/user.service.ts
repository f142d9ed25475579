import type { TCreateUserInput, TUpdateMeInput, TUpdateUserInput, TUser } from '../../domain/user';
import { ZCreateUserInput } from '../../domain/user';
import { deleteUserSessions } from '../auth/session.repository';
import { hashPassword, verifyPassword } from '../auth/password';
import { newId, nowIso } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { conflictOrNotFound } from '../http/concurrency';
import { AppError, notFound } from '../http/errors';
import { decodeCursor, encodeCursor, type Page } from '../http/pagination';
import type { Scope } from '../http/policy';
import { recordHistory, recordUpdate } from '../history/history.service';
import * as repo from './user.repository';
import type { UserRow } from './user.table';

export const USER_ENTITY = 'user';

export function toUser(row: UserRow): TUser {
  return {
    id: row.id,
    name: row.name,
    login: row.login,
    role: row.role,
    locale: row.locale,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export async function getUser(db: DB, scope: Scope, id: string): Promise<TUser> {
  const row = await repo.findUser(db, scope, id);
  if (!row) throw notFound();
  return toUser(row);
}

export async function listUsers(
  db: DB,
  scope: Scope,
  query: { limit: number; cursor?: string | undefined; q?: string | undefined },
): Promise<Page<TUser>> {
  const key = query.cursor ? decodeCursor(query.cursor) : undefined;
  const after = key ? { name: String(key[0]), id: String(key[1]) } : undefined;
  const q = query.q || undefined;
  const rows = await repo.listUsers(db, scope, { q, limit: query.limit + 1, ...(after && { after }) });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toUser),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.name, last.id]) : null,
    total: await repo.countUsers(db, scope, q),
  };
}

/** Used by set-up (the owner) and by owners/admins adding members; the caller owns the transaction. */
export async function insertMember(
  db: DB,
  scope: Scope,
  input: { name: string; login: string; password: string; role: UserRow['role'] },
  id = newId(),
): Promise<TUser> {
  const now = nowIso();
  const row = await repo.insertUser(db, {
    ...newRecord(scope, now),
    id,
    name: input.name,
    login: input.login,
    password_hash: await hashPassword(input.password),
    role: input.role,
    locale: null,
    last_login_at: null,
  });
  const user = toUser(row);
  await recordHistory(db, scope, {
    entityType: USER_ENTITY,
    entityId: user.id,
    action: 'create',
    changes: user,
  });
  return user;
}

export async function createUser(db: DB, scope: Scope, input: TCreateUserInput): Promise<TUser> {
  const parsed = ZCreateUserInput.parse(input);
  return db.transaction().execute((trx) => insertMember(trx, scope, parsed));
}

async function assertMayChange(
  db: DB,
  scope: Scope,
  id: string,
  newRole?: UserRow['role'],
): Promise<UserRow> {
  const target = await repo.findUser(db, scope, id);
  if (!target) throw notFound();
  if (target.role === 'owner') throw new AppError('OWNER_PROTECTED');
  if (target.id === scope.userId && newRole && newRole !== target.role)
    throw new AppError('CANNOT_CHANGE_SELF');
  return target;
}

export async function updateUser(db: DB, scope: Scope, id: string, input: TUpdateUserInput): Promise<TUser> {
  return db.transaction().execute(async (trx) => {
    const before = await assertMayChange(trx, scope, id, input.role);
    const row = await repo.updateUser(trx, scope, id, input.version, {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.role !== undefined && { role: input.role }),
    });
    if (!row) throw await conflictOrNotFound(() => repo.findUser(trx, scope, id), toUser);
    const after = toUser(row);
    await recordUpdate(trx, scope, USER_ENTITY, id, toUser(before), after);
    return after;
  });
}

export async function updateMe(db: DB, scope: Scope, input: TUpdateMeInput): Promise<TUser> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.findUser(trx, scope, scope.userId);
    const row = await repo.updateUser(trx, scope, scope.userId, input.version, {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.locale !== undefined && { locale: input.locale }),
    });
    if (!row || !before)
      throw await conflictOrNotFound(() => repo.findUser(trx, scope, scope.userId), toUser);
    const after = toUser(row);
    await recordUpdate(trx, scope, USER_ENTITY, row.id, toUser(before), after);
    return after;
  });
}

/** Deleting a member signs them out everywhere and puts them in the recycle bin; restoring lets them sign in again. */
export async function deleteUser(db: DB, scope: Scope, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const target = await assertMayChange(trx, scope, id);
    if (target.id === scope.userId) throw new AppError('CANNOT_CHANGE_SELF');
    const row = await repo.softDeleteUser(trx, scope, id);
    if (!row) throw notFound();
    await deleteUserSessions(trx, id);
    await recordHistory(trx, scope, { entityType: USER_ENTITY, entityId: id, action: 'delete', changes: {} });
  });
}

export async function changePassword(
  db: DB,
  scope: Scope,
  currentSessionId: string | undefined,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const row = await repo.findUser(db, scope, scope.userId);
  if (!row) throw notFound();
  if (!(await verifyPassword(input.currentPassword, row.password_hash))) {
    throw new AppError('PASSWORD_INCORRECT', {
      fields: [{ path: 'currentPassword', code: 'PASSWORD_INCORRECT' }],
    });
  }
  const hash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await repo.touchUser(trx, row.id, { password_hash: hash });
    // Other devices must sign in again with the new password; this one stays signed in.
    await deleteUserSessions(trx, row.id, currentSessionId);
    await recordHistory(trx, scope, {
      entityType: USER_ENTITY,
      entityId: row.id,
      action: 'password',
      changes: {},
    });
  });
}

export async function resetPassword(db: DB, scope: Scope, id: string, password: string): Promise<void> {
  const target = await repo.findUser(db, scope, id);
  if (!target) throw notFound();
  if (target.role === 'owner' && scope.role !== 'owner') throw new AppError('OWNER_PROTECTED');
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await repo.touchUser(trx, id, { password_hash: hash });
    await deleteUserSessions(trx, id);
    await recordHistory(trx, scope, {
      entityType: USER_ENTITY,
      entityId: id,
      action: 'password',
      changes: {},
    });
  });
}

/** Which of these ids are live members of the workspace (assignees, people logged for). */
export async function existingMembers(
  db: DB,
  workspaceId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', [...new Set(ids)])
    .where('deleted_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function isMember(db: DB, workspaceId: string, id: string): Promise<boolean> {
  return (await existingMembers(db, workspaceId, [id])).has(id);
}
