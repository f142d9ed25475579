import type { ExpressionBuilder } from 'kysely';
import { scopeCustomers } from '../customers/customer-list';
import type { Database, DB } from '../db/schema';
import type { Scope } from '../http/policy';
import type { TaskRow } from './task.table';

/**
 * Tasks the caller may see: everyone but sales sees the workspace's; a sales member sees tasks assigned to them,
 * those on customers in their scope, and those without a customer that they created.
 */
export function visibleTasks(db: DB, scope: Scope, inBin = false) {
  const query = db
    .selectFrom('tasks')
    .where('tasks.workspace_id', '=', scope.workspaceId)
    .where('tasks.deleted_at', inBin ? 'is not' : 'is', null);
  if (!scope.ownOnly) return query;
  return query.where((eb: ExpressionBuilder<Database, 'tasks'>) =>
    eb.or([
      eb('tasks.assignee_id', '=', scope.userId),
      eb.and([eb('tasks.customer_id', 'is', null), eb('tasks.created_by', '=', scope.userId)]),
      eb('tasks.customer_id', 'in', scopeCustomers(db.selectFrom('customers').select('customers.id'), scope)),
    ]),
  );
}

export async function findTaskRow(db: DB, scope: Scope, id: string): Promise<TaskRow | undefined> {
  return visibleTasks(db, scope).selectAll('tasks').where('tasks.id', '=', id).executeTakeFirst();
}
