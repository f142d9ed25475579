import { maskText } from '../../domain/masking';
import { purgeContractAttachments } from '../attachments/attachment.bin';
import type { DB } from '../db/schema';
import { notFound } from '../http/errors';
import { scopeCan, type Scope } from '../http/policy';
import { recordHistory } from '../history/history.service';
import type { BinType } from '../recycle-bin/bin-type';
import { countDeleted, deletedPage, undelete } from '../recycle-bin/deleted-rows';
import { visibleContracts } from './contract.repository';
import { CONTRACT_ENTITY } from './contract.service';

const deleted = (db: DB, scope: Scope) => visibleContracts(db, scope, true);

/** Those who may not write contracts (service) have nothing to restore, so their bin does not list them. */
export const mayBinContracts = (scope: Scope) => scopeCan(scope, 'contracts.write');

export const contractBin: BinType = {
  type: CONTRACT_ENTITY,
  visibleTo: mayBinContracts,
  async list(db, scope, limit, after) {
    const masked = !scopeCan(scope, 'personalData.view');
    return deletedPage(
      deleted(db, scope).select(['id', 'number', 'title', 'deleted_at', 'deleted_by']),
      limit,
      after,
      (r) => `${r.number} ${(masked ? maskText(r.title) : r.title).slice(0, 40)}`,
    );
  },
  count: (db, scope) => countDeleted(deleted(db, scope)),
  async restore(db, scope, id) {
    const row = await deleted(db, scope).select(['id', 'version']).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    await undelete(db, 'contracts', scope, row);
    await recordHistory(db, scope, {
      entityType: CONTRACT_ENTITY,
      entityId: id,
      action: 'restore',
      changes: {},
    });
  },
  async purge(db, scope, id, ctx) {
    const row = await deleted(db, scope).select('id').where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    // Its invoices keep their amounts and lose the link (a set-null key); its files are gone for good.
    await purgeContractAttachments(db, scope.workspaceId, id, ctx);
    await db.deleteFrom('contracts').where('id', '=', id).execute();
    await recordHistory(db, scope, {
      entityType: CONTRACT_ENTITY,
      entityId: id,
      action: 'purge',
      changes: {},
    });
  },
};
