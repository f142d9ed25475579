import { ACTIONS, type Action } from '../../domain/permissions';
import type { TRole } from '../../domain/roles';

export { ACTIONS, type Action };

/**
 * Actions checked inside a handler rather than on a route: masking in the serializers, and handing customers to
 * someone else (a field of an edit or a bulk change that others may otherwise make).
 */
export const FIELD_LEVEL_ACTIONS: readonly Action[] = ['personalData.view', 'customers.assign'];

const EVERYONE: readonly Action[] = [
  'workspace.read',
  'users.read',
  'apiTokens.create',
  'recycleBin.read',
  'customers.read',
  'personalData.reveal',
];
/** Those who sell: write customers (sales only their own, through the scope) and see personal data in full. */
const SELLERS: readonly Action[] = [
  ...EVERYONE,
  'customers.write',
  'followUps.write',
  'tasks.write',
  'deals.write',
  'contracts.write',
  'projects.write',
  'milestones.write',
  'payments.write',
  'personalData.view',
];
const MANAGERS: readonly Action[] = [...SELLERS, 'customers.assign', 'customers.merge', 'deals.approve'];

const GRANTS: Record<TRole, readonly Action[]> = {
  owner: ACTIONS,
  admin: [
    ...MANAGERS,
    'workspace.update',
    'users.manage',
    'dictionaries.manage',
    'pipelines.manage',
    'personalData.manage',
  ],
  manager: MANAGERS,
  sales: SELLERS,
  // Service reads customers with personal data masked (each full number they reveal is written to the history) and
  // logs after-sales follow-ups only (checked in the follow-up service); they deliver, so they record milestones.
  service: [...EVERYONE, 'followUps.write', 'tasks.write', 'milestones.write'],
};

export interface Actor {
  id: string;
  workspaceId: string;
  role: TRole;
}

export function can(actor: Actor, action: Action): boolean {
  return GRANTS[actor.role].includes(action);
}

export function permissionsOf(actor: Actor): Action[] {
  return ACTIONS.filter((action) => can(actor, action));
}

/**
 * What a repository may touch for this caller. Workspace always; `ownOnly` narrows records that have an owner
 * (customers and what hangs off them) to the caller's own and those shared with them.
 */
export interface Scope {
  workspaceId: string;
  userId: string;
  role: TRole;
  ownOnly: boolean;
}

export function scopeOf(actor: Actor): Scope {
  return {
    workspaceId: actor.workspaceId,
    userId: actor.id,
    role: actor.role,
    ownOnly: actor.role === 'sales',
  };
}

/** The same question asked of a scope, where a module has the scope but not the member (the recycle bin). */
export function scopeCan(scope: Scope, action: Action): boolean {
  return can({ id: scope.userId, workspaceId: scope.workspaceId, role: scope.role }, action);
}
