import { sql, type SqlBool } from 'kysely';
import { z } from 'zod';
import { PROJECT_STATUSES, type TProject } from '../../domain/project';
import type { Reader } from '../customers/customer-context';
import { TOTAL_CAP } from '../customers/customer-total';
import type { DB } from '../db/schema';
import { decodeCursor, encodeCursor, type Page } from '../http/pagination';
import { serializeProjects, workspaceToday } from './project-context';
import { visibleProjects } from './project.repository';

export const ZProjectListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  /** Part of the name or the number. */
  q: z.string().trim().max(100).optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
  customerId: z.string().max(64).optional(),
  /** `me` is the caller. */
  ownerId: z.string().max(64).optional(),
  /** Only projects with a delayed milestone (open past its planned date). */
  delayed: z.enum(['true', 'false']).optional(),
});

/** LIKE's wildcards typed by a person are matched as themselves. */
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Newest first (ids are time-ordered), keyset on the id. */
export async function listProjects(
  db: DB,
  reader: Reader,
  query: z.infer<typeof ZProjectListQuery>,
): Promise<Page<TProject>> {
  let q = visibleProjects(db, reader.scope).selectAll('projects');
  if (query.status) q = q.where('projects.status', '=', query.status);
  if (query.customerId) q = q.where('projects.customer_id', '=', query.customerId);
  if (query.ownerId)
    q = q.where('projects.owner_id', '=', query.ownerId === 'me' ? reader.actor.id : query.ownerId);
  if (query.q) {
    const pattern = likePattern(query.q);
    q = q.where(
      sql<SqlBool>`(lower(projects.name) like ${pattern} escape '\\' or lower(projects.number) like ${pattern} escape '\\')`,
    );
  }
  if (query.delayed !== undefined) {
    const today = await workspaceToday(db, reader.scope.workspaceId);
    const delayed = sql<SqlBool>`exists (select 1 from milestones m where m.project_id = projects.id
      and m.deleted_at is null and m.actual_date is null and m.planned_date < ${today})`;
    q = q.where(query.delayed === 'true' ? delayed : sql<SqlBool>`not ${delayed}`);
  }
  const counted = await db
    .selectFrom(
      q
        .clearSelect()
        .select(sql`1`.as('one'))
        .limit(TOTAL_CAP + 1)
        .as('matches'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (query.cursor) {
    const [id] = decodeCursor(query.cursor) as [string];
    q = q.where('projects.id', '<', String(id));
  }
  const rows = await q
    .orderBy('projects.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const n = Number(counted.n);
  return {
    items: await serializeProjects(db, reader, page),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.id]) : null,
    total: Math.min(n, TOTAL_CAP),
    totalCapped: n > TOTAL_CAP,
  };
}
