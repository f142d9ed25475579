import type { TLoginInput, TSetupInput, TUser } from '../../domain/user';
import { ZSetupInput } from '../../domain/user';
import { lockTable, newId, nowIso, toJson } from '../db/dialect';
import type { DB } from '../db/schema';
import { AppError } from '../http/errors';
import type { Scope } from '../http/policy';
import { findUserByLogin, touchUser } from '../users/user.repository';
import { insertMember, toUser } from '../users/user.service';
import type { UserRow } from '../users/user.table';
import { toWorkspace } from '../workspaces/workspace.service';
import type { TWorkspace } from '../../domain/workspace';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './password';
import { digest, randomToken } from './secrets';
import { extendSession, findLiveSession, insertSession, type SessionWithUser } from './session.repository';
import { assertLoginAllowed, recordLoginFailure, recordLoginSuccess } from './throttle.service';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
  sessionDays: number;
}

export interface StartedSession {
  user: TUser;
  csrfToken: string;
  /** The cookie value; only its digest is stored. */
  secret: string;
  expiresAt: string;
}

export async function isSetupNeeded(db: DB): Promise<boolean> {
  const row = await db.selectFrom('workspaces').select('id').limit(1).executeTakeFirst();
  return !row;
}

async function startSession(db: DB, user: UserRow, client: ClientInfo): Promise<StartedSession> {
  const secret = randomToken();
  const csrfToken = randomToken(24);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + client.sessionDays * 86_400_000).toISOString();
  await insertSession(db, {
    id: digest(secret),
    workspace_id: user.workspace_id,
    user_id: user.id,
    csrf_token: csrfToken,
    ip: client.ip,
    user_agent: client.userAgent?.slice(0, 300) ?? null,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: expiresAt,
  });
  return { user: toUser(user), csrfToken, secret, expiresAt };
}

/** First run: the workspace and its owner, once; the owner is signed in straight away. */
export async function setup(
  db: DB,
  input: TSetupInput,
  client: ClientInfo,
): Promise<StartedSession & { workspace: TWorkspace }> {
  const parsed = ZSetupInput.parse(input);
  return db.transaction().execute(async (trx) => {
    await lockTable(trx, 'workspaces');
    if (!(await isSetupNeeded(trx))) throw new AppError('SETUP_ALREADY_DONE');
    const now = nowIso();
    const workspace = await trx
      .insertInto('workspaces')
      .values({
        id: newId(),
        name: parsed.workspaceName,
        time_zone: parsed.timeZone,
        settings: toJson({}),
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const ownerId = newId();
    const scope: Scope = { workspaceId: workspace.id, userId: ownerId, role: 'owner', ownOnly: false };
    await insertMember(
      trx,
      scope,
      { name: parsed.ownerName, login: parsed.login, password: parsed.password, role: 'owner' },
      ownerId,
    );
    const owner = await findUserByLogin(trx, parsed.login);
    if (!owner) throw new Error('owner vanished during set-up');
    return { ...(await startSession(trx, owner, client)), workspace: toWorkspace(workspace) };
  });
}

/** The same answer for an unknown login and a wrong password, after the same amount of work. */
export async function login(db: DB, input: TLoginInput, client: ClientInfo): Promise<StartedSession> {
  await assertLoginAllowed(db, input.login, client.ip);
  const user = await findUserByLogin(db, input.login);
  const ok = await verifyPassword(input.password, user?.password_hash ?? DUMMY_PASSWORD_HASH);
  if (!user || !ok) {
    await recordLoginFailure(db, input.login, client.ip);
    throw new AppError('LOGIN_FAILED');
  }
  await recordLoginSuccess(db, input.login);
  const now = nowIso();
  await touchUser(db, user.id, { last_login_at: now });
  return startSession(db, { ...user, last_login_at: now }, client);
}

// Sliding expiry is written at most this often, so a busy user does not cost a write per request.
const EXTEND_AFTER_MS = 10 * 60 * 1000;

export async function resolveSession(
  db: DB,
  secret: string,
  sessionDays: number,
): Promise<SessionWithUser | undefined> {
  const now = new Date();
  const found = await findLiveSession(db, digest(secret), now.toISOString());
  if (!found) return undefined;
  if (now.getTime() - new Date(found.session.last_seen_at).getTime() > EXTEND_AFTER_MS) {
    const expiresAt = new Date(now.getTime() + sessionDays * 86_400_000).toISOString();
    await extendSession(db, found.session.id, now.toISOString(), expiresAt);
  }
  return found;
}
