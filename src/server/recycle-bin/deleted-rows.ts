import { sql, type SelectQueryBuilder } from 'kysely';
import { nowIso } from '../db/dialect';
import type { Database, DB } from '../db/schema';
import type { Scope } from '../http/policy';
import { afterBinKey, type BinKey, type DeletedRecord } from './bin-type';

type DeletedRow = { id: string; deleted_at: string | null; deleted_by: string | null };

/**
 * One page of a bin type's deleted rows (the query already scoped to what the caller could see), newest deletion
 * first, each with the title the recycle bin shows.
 */
export async function deletedPage<TB extends keyof Database, R extends DeletedRow>(
  query: SelectQueryBuilder<Database, TB, R>,
  limit: number,
  after: BinKey | undefined,
  title: (row: R) => string,
): Promise<DeletedRecord[]> {
  const page = after ? query.where(afterBinKey(after)) : query;
  const rows = await page
    .orderBy(sql`deleted_at`, 'desc')
    .orderBy(sql`id`, 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: title(r),
    deletedAt: r.deleted_at ?? '',
    deletedBy: r.deleted_by,
  }));
}

export async function countDeleted<TB extends keyof Database>(
  query: SelectQueryBuilder<Database, TB, object>,
): Promise<number> {
  const row = await query.select(sql<number>`count(*)`.as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Takes a row out of the recycle bin: a change like any other, so its version moves. */
export async function undelete(
  db: DB,
  table:
    | 'customers'
    | 'contacts'
    | 'follow_ups'
    | 'tasks'
    | 'attachments'
    | 'deals'
    | 'contracts'
    | 'invoices'
    | 'projects'
    | 'milestones'
    | 'installments'
    | 'payments',
  scope: Scope,
  row: { id: string; version: number },
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
}
