import { z } from 'zod';
import type { DB } from '../db/schema';
import { AppError, notFound } from '../http/errors';
import type { Scope } from '../http/policy';
import { recordHistory } from '../history/history.service';
import { findCustomerRow } from './customer.repository';
import { CUSTOMER_ENTITY } from './customer.service';

export const ZShares = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });

/** Colleagues a customer is shared with: they see and work on it as if it were theirs (协作). */
export async function listShares(db: DB, scope: Scope, customerId: string) {
  if (!(await findCustomerRow(db, scope, customerId))) throw notFound();
  const rows = await db
    .selectFrom('customer_shares')
    .innerJoin('users', 'users.id', 'customer_shares.user_id')
    .select(['users.id', 'users.name'])
    .where('customer_shares.customer_id', '=', customerId)
    .orderBy('users.name')
    .execute();
  return { items: rows };
}

export async function shareCustomer(db: DB, scope: Scope, customerId: string, userId: string) {
  await db.transaction().execute(async (trx) => {
    if (!(await findCustomerRow(trx, scope, customerId))) throw notFound();
    const user = await trx
      .selectFrom('users')
      .select(['id', 'name'])
      .where('workspace_id', '=', scope.workspaceId)
      .where('id', '=', userId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!user)
      throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'userId', code: 'OWNER_INVALID' }] });
    await trx
      .insertInto('customer_shares')
      .values({ workspace_id: scope.workspaceId, customer_id: customerId, user_id: userId })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await recordHistory(trx, scope, {
      entityType: CUSTOMER_ENTITY,
      entityId: customerId,
      action: 'share',
      changes: { user: user.name },
    });
  });
  return listShares(db, scope, customerId);
}

export async function unshareCustomer(db: DB, scope: Scope, customerId: string, userId: string) {
  await db.transaction().execute(async (trx) => {
    if (!(await findCustomerRow(trx, scope, customerId))) throw notFound();
    await trx
      .deleteFrom('customer_shares')
      .where('customer_id', '=', customerId)
      .where('user_id', '=', userId)
      .execute();
    await recordHistory(trx, scope, {
      entityType: CUSTOMER_ENTITY,
      entityId: customerId,
      action: 'unshare',
      changes: { userId },
    });
  });
}
