import type { FileStore } from '../attachments/file-store';
import type { DB } from '../db/schema';
import { notFound } from '../http/errors';
import { decodeCursor, encodeCursor, type Page } from '../http/pagination';
import type { Scope } from '../http/policy';
import type { BinKey, BinType, TBinItem } from './bin-type';
import { BIN_TYPES } from './bin-types';

function visibleTypes(scope: Scope): BinType[] {
  return BIN_TYPES.filter((t) => t.visibleTo(scope));
}

function typeFor(scope: Scope, type: string): BinType {
  const found = visibleTypes(scope).find((t) => t.type === type);
  if (!found) throw notFound();
  return found;
}

/** Merges each kind's newest deletions into one list, newest first; the cursor is the last (deletedAt, id). */
export async function listRecycleBin(
  db: DB,
  scope: Scope,
  query: { limit: number; cursor?: string | undefined },
): Promise<Page<TBinItem>> {
  const key = query.cursor ? decodeCursor(query.cursor) : undefined;
  const after: BinKey | undefined = key ? { deletedAt: String(key[0]), id: String(key[1]) } : undefined;
  const types = visibleTypes(scope);
  const lists = await Promise.all(
    types.map(async (t) =>
      (await t.list(db, scope, query.limit + 1, after)).map((r) => ({ ...r, type: t.type })),
    ),
  );
  const merged = lists
    .flat()
    .sort((a, b) =>
      a.deletedAt === b.deletedAt ? b.id.localeCompare(a.id) : b.deletedAt.localeCompare(a.deletedAt),
    );
  const page = merged.slice(0, query.limit);
  const names = await namesOf(
    db,
    scope,
    page.map((r) => r.deletedBy).filter((id): id is string => !!id),
  );
  const last = page.at(-1);
  const counts = await Promise.all(types.map((t) => t.count(db, scope)));
  return {
    items: page.map((r) => ({
      type: r.type,
      id: r.id,
      title: r.title,
      deletedAt: r.deletedAt,
      deletedBy: r.deletedBy ? { id: r.deletedBy, name: names.get(r.deletedBy) ?? '' } : null,
    })),
    nextCursor: merged.length > query.limit && last ? encodeCursor([last.deletedAt, last.id]) : null,
    total: counts.reduce((sum, n) => sum + n, 0),
  };
}

async function namesOf(db: DB, scope: Scope, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('workspace_id', '=', scope.workspaceId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function restoreFromBin(db: DB, scope: Scope, type: string, id: string): Promise<void> {
  const binType = typeFor(scope, type);
  await db.transaction().execute((trx) => binType.restore(trx, scope, id));
}

export async function purgeFromBin(
  db: DB,
  scope: Scope,
  type: string,
  id: string,
  files: FileStore,
): Promise<void> {
  const binType = typeFor(scope, type);
  const afterCommit: (() => Promise<void>)[] = [];
  await db
    .transaction()
    .execute((trx) =>
      binType.purge(trx, scope, id, { files, afterCommit: (task) => afterCommit.push(task) }),
    );
  for (const task of afterCommit) await task();
}
