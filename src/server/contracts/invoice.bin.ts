import type { DB } from '../db/schema';
import { notFound } from '../http/errors';
import type { Scope } from '../http/policy';
import { recordHistory } from '../history/history.service';
import type { BinType } from '../recycle-bin/bin-type';
import { countDeleted, deletedPage, undelete } from '../recycle-bin/deleted-rows';
import { mayBinContracts } from './contract.bin';
import { visibleInvoices } from './contract.repository';
import { INVOICE_ENTITY } from './invoice.service';

const deleted = (db: DB, scope: Scope) => visibleInvoices(db, scope, true);

export const invoiceBin: BinType = {
  type: INVOICE_ENTITY,
  visibleTo: mayBinContracts,
  list: (db, scope, limit, after) =>
    deletedPage(
      deleted(db, scope).select(['id', 'number', 'amount', 'deleted_at', 'deleted_by']),
      limit,
      after,
      // A requested invoice has no number yet: its amount in 元 tells it apart.
      (r) => `${r.number ?? ''} ¥${(Number(r.amount) / 100).toFixed(2)}`.trim(),
    ),
  count: (db, scope) => countDeleted(deleted(db, scope)),
  async restore(db, scope, id) {
    const row = await deleted(db, scope).select(['id', 'version']).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    await undelete(db, 'invoices', scope, row);
    await recordHistory(db, scope, {
      entityType: INVOICE_ENTITY,
      entityId: id,
      action: 'restore',
      changes: {},
    });
  },
  async purge(db, scope, id) {
    const row = await deleted(db, scope).select('id').where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    await db.deleteFrom('invoices').where('id', '=', id).execute();
    await recordHistory(db, scope, {
      entityType: INVOICE_ENTITY,
      entityId: id,
      action: 'purge',
      changes: {},
    });
  },
};
