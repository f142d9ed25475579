import { nowIso } from '../db/dialect';
import type { DB } from '../db/schema';
import type { Scope } from '../http/policy';
import { recordHistory } from '../history/history.service';

type Table = 'projects' | 'milestones' | 'installments' | 'payments';
type Parent = 'project_id' | 'installment_id';

/**
 * A record and what hangs off it go to the recycle bin at one instant, so that restoring it brings back exactly
 * those and not a payment someone had deleted on its own before.
 */
async function binWith(
  db: DB,
  scope: Scope,
  table: Table,
  row: { id: string; version: number },
  children: [Table, Parent][],
): Promise<void> {
  const at = nowIso();
  const by = scope.userId || null;
  await db
    .updateTable(table)
    .set({ deleted_at: at, deleted_by: by, version: row.version + 1 })
    .where('id', '=', row.id)
    .execute();
  for (const [child, parent] of children)
    await db
      .updateTable(child)
      .set({ deleted_at: at, deleted_by: by })
      .where(parent as 'project_id', '=', row.id)
      .where('deleted_at', 'is', null)
      .execute();
}

/** Takes a row out of the recycle bin (a change like any other, so its version moves) with what went with it. */
async function restoreWith(
  db: DB,
  scope: Scope,
  table: Table,
  row: { id: string; version: number; deleted_at: string | null },
  children: [Table, Parent][],
): Promise<void> {
  await db
    .updateTable(table)
    .set({
      deleted_at: null,
      deleted_by: null,
      updated_at: nowIso(),
      updated_by: scope.userId || null,
      version: row.version + 1,
    })
    .where('id', '=', row.id)
    .execute();
  if (!row.deleted_at) return;
  for (const [child, parent] of children)
    await db
      .updateTable(child)
      .set({ deleted_at: null, deleted_by: null })
      .where(parent as 'project_id', '=', row.id)
      .where('deleted_at', '=', row.deleted_at)
      .execute();
}

const OF_PROJECT: [Table, Parent][] = [
  ['milestones', 'project_id'],
  ['installments', 'project_id'],
  ['payments', 'project_id'],
];
const OF_INSTALLMENT: [Table, Parent][] = [['payments', 'installment_id']];

type Binnable = { id: string; version: number };
type Restorable = Binnable & { deleted_at: string | null };

export const binProject = (db: DB, scope: Scope, row: Binnable) =>
  binWith(db, scope, 'projects', row, OF_PROJECT);
export const restoreProjectRows = (db: DB, scope: Scope, row: Restorable) =>
  restoreWith(db, scope, 'projects', row, OF_PROJECT);
export const binInstallment = (db: DB, scope: Scope, row: Binnable) =>
  binWith(db, scope, 'installments', row, OF_INSTALLMENT);
export const restoreInstallmentRows = (db: DB, scope: Scope, row: Restorable) =>
  restoreWith(db, scope, 'installments', row, OF_INSTALLMENT);
export const binRow = (db: DB, scope: Scope, table: 'milestones' | 'payments', row: Binnable) =>
  binWith(db, scope, table, row, []);
export const restoreRow = (db: DB, scope: Scope, table: 'milestones' | 'payments', row: Restorable) =>
  restoreWith(db, scope, table, row, []);

/** The recycle bin's own steps (restore, purge) in the record's history. */
export const binHistory = (db: DB, scope: Scope, entityType: string, entityId: string, action: string) =>
  recordHistory(db, scope, { entityType, entityId, action, changes: {} });

/** Amounts in a bin item's title, which is not localised: ¥1234.50. */
export const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
