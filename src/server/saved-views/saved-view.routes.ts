import { z } from 'zod';
import { fromJson, isTrue, newId, nowIso, toBool, toJson } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { authOf } from '../http/auth';
import { versionFromIfMatch } from '../http/concurrency';
import { AppError, notFound } from '../http/errors';
import type { Scope } from '../http/policy';
import type { Api } from '../http/routes';
import { ZIdParams } from '../http/routes';
import type { SavedViewRow } from './saved-view.table';

const ENTITIES = ['customers'] as const;
const ZQuery = z.record(z.string().max(40), z.string().max(500));
const ZViewInput = z.strictObject({
  name: z.string().trim().min(1).max(40),
  entity: z.enum(ENTITIES),
  query: ZQuery,
  columns: z.array(z.string().max(40)).max(40),
  shared: z.boolean().default(false),
});
const ZViewUpdate = z.strictObject({
  name: z.string().trim().min(1).max(40).optional(),
  query: ZQuery.optional(),
  columns: z.array(z.string().max(40)).max(40).optional(),
  shared: z.boolean().optional(),
  version: z.number().int().min(1),
});
const ZSavedView = z.object({
  id: z.string(),
  name: z.string(),
  entity: z.enum(ENTITIES),
  query: ZQuery,
  columns: z.array(z.string()),
  shared: z.boolean(),
  owner: z.object({ id: z.string(), name: z.string() }),
  mine: z.boolean(),
  version: z.number().int(),
});

function toView(row: SavedViewRow & { owner_name: string | null }, scope: Scope): z.infer<typeof ZSavedView> {
  return {
    id: row.id,
    name: row.name,
    entity: row.entity as (typeof ENTITIES)[number],
    query: fromJson<Record<string, string>>(row.query),
    columns: fromJson<string[]>(row.columns),
    shared: isTrue(row.shared),
    owner: { id: row.owner_id, name: row.owner_name ?? '' },
    mine: row.owner_id === scope.userId,
    version: row.version,
  };
}

/** A person's own views plus those shared with the workspace; only the owner changes or deletes a view. */
function views(db: DB, scope: Scope) {
  return db
    .selectFrom('saved_views')
    .leftJoin('users', 'users.id', 'saved_views.owner_id')
    .selectAll('saved_views')
    .select('users.name as owner_name')
    .where('saved_views.workspace_id', '=', scope.workspaceId)
    .where('saved_views.deleted_at', 'is', null);
}

export function savedViewRoutes(api: Api, db: DB): void {
  const tags = ['saved-views'];
  const mineOrShared = (scope: Scope) =>
    views(db, scope).where((eb) =>
      eb.or([eb('saved_views.owner_id', '=', scope.userId), eb('saved_views.shared', '=', toBool(db, true))]),
    );
  const getOwn = async (scope: Scope, id: string) => {
    const row = await views(db, scope)
      .where('saved_views.id', '=', id)
      .where('saved_views.owner_id', '=', scope.userId)
      .executeTakeFirst();
    if (!row) throw notFound();
    return row;
  };

  api.get(
    '/saved-views',
    {
      config: { access: 'member' },
      schema: {
        tags,
        querystring: z.object({ entity: z.enum(ENTITIES) }),
        response: { 200: z.object({ items: z.array(ZSavedView) }) },
      },
    },
    async (request) => {
      const { scope } = authOf(request);
      const rows = await mineOrShared(scope)
        .where('saved_views.entity', '=', request.query.entity)
        .orderBy('saved_views.name')
        .execute();
      return { items: rows.map((r) => toView(r, scope)) };
    },
  );

  api.post(
    '/saved-views',
    { config: { access: 'member' }, schema: { tags, body: ZViewInput, response: { 201: ZSavedView } } },
    async (request, reply) => {
      const { scope } = authOf(request);
      const now = nowIso();
      const id = newId();
      const v = request.body;
      await db
        .insertInto('saved_views')
        .values({
          ...newRecord(scope, now),
          id,
          owner_id: scope.userId,
          entity: v.entity,
          name: v.name,
          query: toJson(v.query),
          columns: toJson(v.columns),
          shared: toBool(db, v.shared),
        })
        .execute();
      return reply.status(201).send(toView(await getOwn(scope, id), scope));
    },
  );

  api.patch(
    '/saved-views/:id',
    {
      config: { access: 'member' },
      preValidation: versionFromIfMatch,
      schema: { tags, params: ZIdParams, body: ZViewUpdate, response: { 200: ZSavedView } },
    },
    async (request) => {
      const { scope } = authOf(request);
      const current = await getOwn(scope, request.params.id);
      const v = request.body;
      const result = await db
        .updateTable('saved_views')
        .set({
          ...(v.name !== undefined && { name: v.name }),
          ...(v.query !== undefined && { query: toJson(v.query) }),
          ...(v.columns !== undefined && { columns: toJson(v.columns) }),
          ...(v.shared !== undefined && { shared: toBool(db, v.shared) }),
          version: v.version + 1,
          updated_at: nowIso(),
          updated_by: scope.userId,
        })
        .where('id', '=', current.id)
        .where('version', '=', v.version)
        .executeTakeFirst();
      if (!Number(result.numUpdatedRows)) {
        throw new AppError('VERSION_CONFLICT', { extra: { current: toView(current, scope) } });
      }
      return toView(await getOwn(scope, current.id), scope);
    },
  );

  api.delete(
    '/saved-views/:id',
    { config: { access: 'member' }, schema: { tags, params: ZIdParams } },
    async (request, reply) => {
      const { scope } = authOf(request);
      const current = await getOwn(scope, request.params.id);
      await db.deleteFrom('saved_views').where('id', '=', current.id).execute();
      return reply.status(204).send();
    },
  );
}
