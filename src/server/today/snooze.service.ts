import { z } from 'zod';
import { ZDate } from '../../domain/dates';
import type { Reader } from '../customers/customer-context';
import { findCustomerRow } from '../customers/customer.repository';
import type { DB } from '../db/schema';
import { refreshFollowUpFields } from '../follow-ups/follow-up-fields';
import { notFound } from '../http/errors';
import { recordHistory } from '../history/history.service';
import { CUSTOMER_ENTITY } from '../customers/customer.service';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';

export const ZSnoozeInput = z.strictObject({ until: ZDate.nullable() });
export const ZSnoozed = z.object({
  id: z.string(),
  snoozedUntil: z.string().nullable(),
  nextDueDate: z.string().nullable(),
});

/**
 * "Snooze to …" on Today: the customer is not due before that day (null ends the snooze). The next follow-up ends it
 * too. Like a follow-up, it leaves the customer's version alone so an open edit of the card stays valid.
 */
export async function snoozeCustomer(db: DB, reader: Reader, id: string, until: string | null) {
  const { scope } = reader;
  return db.transaction().execute(async (trx) => {
    const row = await findCustomerRow(trx, scope, id);
    if (!row) throw notFound();
    await trx.updateTable('customers').set({ snoozed_until: until }).where('id', '=', id).execute();
    await refreshFollowUpFields(
      trx,
      scope.workspaceId,
      await loadWorkspaceSettings(trx, scope.workspaceId),
      [id],
      {
        followUps: false,
      },
    );
    await recordHistory(trx, scope, {
      entityType: CUSTOMER_ENTITY,
      entityId: id,
      action: 'update',
      changes: { snoozedUntil: { from: row.snoozed_until, to: until } },
    });
    const after = await findCustomerRow(trx, scope, id);
    return { id, snoozedUntil: until, nextDueDate: after?.next_due_date ?? null };
  });
}
