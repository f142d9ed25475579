import { nowIso, toBool } from '../db/dialect';
import type { DB } from '../db/schema';
import { can, type Actor, type Scope } from '../http/policy';
import type { NotificationChannelRow } from './notification.table';

/** Owners and admins manage the workspace's channels (the team group robots, the mail server). */
export function canManageWorkspaceChannels(actor: Pick<Actor, 'role'>): boolean {
  return can({ id: '', workspaceId: '', role: actor.role }, 'workspace.update');
}

/** The channels a caller may see and change: their own, plus the workspace's for those who manage them. */
export function visibleChannels(db: DB, scope: Scope) {
  const manages = canManageWorkspaceChannels(scope);
  return db
    .selectFrom('notification_channels')
    .leftJoin('users', 'users.id', 'notification_channels.user_id')
    .selectAll('notification_channels')
    .select('users.name as owner_name')
    .where('notification_channels.workspace_id', '=', scope.workspaceId)
    .where('notification_channels.deleted_at', 'is', null)
    .where((eb) =>
      manages
        ? eb.or([
            eb('notification_channels.user_id', '=', scope.userId),
            eb('notification_channels.user_id', 'is', null),
          ])
        : eb('notification_channels.user_id', '=', scope.userId),
    );
}
export type VisibleChannelRow = NotificationChannelRow & { owner_name: string | null };

export async function findVisibleChannel(
  db: DB,
  scope: Scope,
  id: string,
): Promise<VisibleChannelRow | undefined> {
  return visibleChannels(db, scope).where('notification_channels.id', '=', id).executeTakeFirst();
}

/** The enabled channels a person's notification goes to: their own and the workspace's. */
export async function listEnabledChannelsFor(
  db: DB,
  workspaceId: string,
  userId: string,
): Promise<NotificationChannelRow[]> {
  return db
    .selectFrom('notification_channels')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('deleted_at', 'is', null)
    .where('enabled', '=', toBool(db, true))
    .where((eb) => eb.or([eb('user_id', '=', userId), eb('user_id', 'is', null)]))
    .orderBy('id')
    .execute();
}

/** Personal e-mail channels send through the workspace's mail server: its oldest enabled e-mail channel. */
export async function findMailServerRow(
  db: DB,
  workspaceId: string,
): Promise<NotificationChannelRow | undefined> {
  return db
    .selectFrom('notification_channels')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', 'email')
    .where('user_id', 'is', null)
    .where('deleted_at', 'is', null)
    .where('enabled', '=', toBool(db, true))
    .orderBy('id')
    .executeTakeFirst();
}

export async function softDeleteChannel(db: DB, scope: Scope, id: string): Promise<boolean> {
  const now = nowIso();
  const result = await db
    .updateTable('notification_channels')
    .set((eb) => ({
      deleted_at: now,
      deleted_by: scope.userId,
      updated_at: now,
      updated_by: scope.userId,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('workspace_id', '=', scope.workspaceId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
