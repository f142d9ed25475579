import { AppError } from '../http/errors';
import { isUniqueViolation, nowIso } from '../db/dialect';
import type { DB } from '../db/schema';
import type { Scope } from '../http/policy';
import type { NewUserRow, UserRow, UserRowUpdate } from './user.table';

export async function findUser(db: DB, scope: Scope, id: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('workspace_id', '=', scope.workspaceId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/** Login is global (login names no workspace); deleted members cannot sign in. */
export async function findUserByLogin(db: DB, login: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('login', '=', login.trim().toLowerCase())
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export interface UserListOptions {
  q?: string;
  limit: number;
  after?: { name: string; id: string };
}

export async function listUsers(db: DB, scope: Scope, options: UserListOptions): Promise<UserRow[]> {
  let query = db
    .selectFrom('users')
    .selectAll()
    .where('workspace_id', '=', scope.workspaceId)
    .where('deleted_at', 'is', null);
  if (options.q) {
    const like = `%${options.q.toLowerCase()}%`;
    query = query.where((eb) =>
      eb.or([eb(eb.fn('lower', ['name']), 'like', like), eb('login', 'like', like)]),
    );
  }
  if (options.after) {
    const { name, id } = options.after;
    query = query.where((eb) =>
      eb.or([eb('name', '>', name), eb.and([eb('name', '=', name), eb('id', '>', id)])]),
    );
  }
  return query.orderBy('name').orderBy('id').limit(options.limit).execute();
}

export async function countUsers(db: DB, scope: Scope, q?: string): Promise<number> {
  let query = db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', scope.workspaceId)
    .where('deleted_at', 'is', null);
  if (q) {
    const like = `%${q.toLowerCase()}%`;
    query = query.where((eb) =>
      eb.or([eb(eb.fn('lower', ['name']), 'like', like), eb('login', 'like', like)]),
    );
  }
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertUser(db: DB, row: NewUserRow): Promise<UserRow> {
  try {
    return await db.insertInto('users').values(row).returningAll().executeTakeFirstOrThrow();
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('LOGIN_TAKEN', { fields: [{ path: 'login', code: 'LOGIN_TAKEN' }] });
    throw error;
  }
}

/** Applies the change only if nobody saved in between; undefined means a stale version or a missing row. */
export async function updateUser(
  db: DB,
  scope: Scope,
  id: string,
  version: number,
  patch: Omit<UserRowUpdate, 'version' | 'updated_at' | 'updated_by'>,
): Promise<UserRow | undefined> {
  return db
    .updateTable('users')
    .set({ ...patch, version: version + 1, updated_at: nowIso(), updated_by: scope.userId })
    .where('workspace_id', '=', scope.workspaceId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

/** Bookkeeping that is not an edit: no version bump, no history (last login, password hash). */
export async function touchUser(
  db: DB,
  id: string,
  patch: Pick<UserRowUpdate, 'last_login_at' | 'password_hash'>,
) {
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
}

export async function softDeleteUser(db: DB, scope: Scope, id: string): Promise<UserRow | undefined> {
  const now = nowIso();
  return db
    .updateTable('users')
    .set((eb) => ({
      deleted_at: now,
      deleted_by: scope.userId,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('workspace_id', '=', scope.workspaceId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export async function restoreUser(db: DB, scope: Scope, id: string): Promise<UserRow | undefined> {
  return db
    .updateTable('users')
    .set((eb) => ({
      deleted_at: null,
      deleted_by: null,
      updated_at: nowIso(),
      updated_by: scope.userId,
      version: eb('version', '+', 1),
    }))
    .where('workspace_id', '=', scope.workspaceId)
    .where('id', '=', id)
    .where('deleted_at', 'is not', null)
    .returningAll()
    .executeTakeFirst();
}

/** Forever: the member's sessions and tokens go with them; their name stays in history entries by id. */
export async function purgeUser(db: DB, scope: Scope, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('workspace_id', '=', scope.workspaceId)
    .where('id', '=', id)
    .where('deleted_at', 'is not', null)
    .executeTakeFirst();
  if (!row) return false;
  await db.deleteFrom('sessions').where('user_id', '=', id).execute();
  await db.deleteFrom('api_tokens').where('user_id', '=', id).execute();
  await db.deleteFrom('users').where('id', '=', id).execute();
  return true;
}
