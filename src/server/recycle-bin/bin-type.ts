import { sql, type Expression, type SqlBool } from 'kysely';
import { z } from 'zod';
import type { FileStore } from '../attachments/file-store';
import type { DB } from '../db/schema';
import type { Scope } from '../http/policy';

export const ZBinItem = z.object({
  type: z.string(),
  id: z.string(),
  title: z.string(),
  deletedAt: z.string(),
  deletedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type TBinItem = z.infer<typeof ZBinItem>;

/** A deleted row as a module reports it; the recycle bin adds who deleted it. */
export interface DeletedRecord {
  id: string;
  title: string;
  deletedAt: string;
  deletedBy: string | null;
}

export interface BinKey {
  deletedAt: string;
  id: string;
}

/** What a purge may need besides the database. */
export interface BinContext {
  /** Where uploaded files live: purging an attachment (or what it hangs off) deletes its file. */
  files: FileStore;
  /** Work for after the commit, such as deleting files, which no rollback could bring back. */
  afterCommit(task: () => Promise<void>): void;
}

/**
 * What a module provides so its deleted records show up in the recycle bin. Each function applies the caller's
 * scope itself; `visibleTo` hides a whole kind from roles that may not see it.
 */
export interface BinType {
  type: string;
  visibleTo(scope: Scope): boolean;
  /** Newest deletion first, strictly after `after` in that order. */
  list(db: DB, scope: Scope, limit: number, after?: BinKey): Promise<DeletedRecord[]>;
  count(db: DB, scope: Scope): Promise<number>;
  /** Both throw NOT_FOUND when the record is not in this caller's recycle bin. */
  restore(db: DB, scope: Scope, id: string): Promise<void>;
  purge(db: DB, scope: Scope, id: string, ctx: BinContext): Promise<void>;
}

/** Rows deleted after the cursor in the bin's order (newest deletion first, then id), for a single-table query. */
export function afterBinKey(after: BinKey): Expression<SqlBool> {
  return sql<SqlBool>`(deleted_at < ${after.deletedAt} or (deleted_at = ${after.deletedAt} and id < ${after.id}))`;
}
