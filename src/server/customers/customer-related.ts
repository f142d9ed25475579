import { z } from 'zod';
import type { DB } from '../db/schema';
import { notFound } from '../http/errors';
import type { Scope } from '../http/policy';
import { scopeCustomers } from './customer-list';
import { findCustomerRow } from './customer.repository';

const ZRef = z.object({ id: z.string(), name: z.string(), number: z.string(), canOpen: z.boolean() });
export const ZRelated = z.object({
  parent: ZRef.nullable(),
  branches: z.array(ZRef),
  referrer: ZRef.nullable(),
  referred: z.array(ZRef),
});

/** 关联客户: head office and branches, who referred this customer and whom it referred (the chain's next links). */
export async function relatedCustomers(db: DB, scope: Scope, id: string): Promise<z.infer<typeof ZRelated>> {
  const row = await findCustomerRow(db, scope, id);
  if (!row) throw notFound();
  const live = db
    .selectFrom('customers')
    .select(['id', 'name', 'number'])
    .where('workspace_id', '=', scope.workspaceId)
    .where('deleted_at', 'is', null);
  const [branches, referred, links] = await Promise.all([
    live.where('parent_id', '=', id).orderBy('sort_name').limit(200).execute(),
    live.where('referrer_id', '=', id).orderBy('sort_name').limit(200).execute(),
    live.where('id', 'in', [row.parent_id ?? '', row.referrer_id ?? '']).execute(),
  ]);
  const all = [...branches, ...referred, ...links];
  const visible = new Set(
    all.length
      ? (
          await scopeCustomers(db.selectFrom('customers').select('customers.id'), scope)
            .where(
              'customers.id',
              'in',
              all.map((c) => c.id),
            )
            .execute()
        ).map((r) => r.id)
      : [],
  );
  const ref = (c: { id: string; name: string; number: string }) => ({ ...c, canOpen: visible.has(c.id) });
  const link = (linkId: string | null) => {
    const found = links.find((c) => c.id === linkId);
    return found ? ref(found) : null;
  };
  return {
    parent: link(row.parent_id),
    branches: branches.map(ref),
    referrer: link(row.referrer_id),
    referred: referred.map(ref),
  };
}
