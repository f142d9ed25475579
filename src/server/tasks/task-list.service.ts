import { now } from '../clock';
import { sql, type SqlBool } from 'kysely';
import { z } from 'zod';
import { addDays } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { TASK_DUE, TASK_STATES, TASK_VIEWS, type TTask } from '../../domain/task';
import type { Reader } from '../customers/customer-context';
import { TOTAL_CAP } from '../customers/customer-total';
import type { DB } from '../db/schema';
import { decodeCursor, encodeCursor, type Page } from '../http/pagination';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { visibleTasks } from './task.repository';
import { serializeTasks } from './task.serializer';

export const ZTaskListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  /** mine: assigned to the caller; team: every task the caller may see. */
  view: z.enum(TASK_VIEWS).default('mine'),
  state: z.enum(TASK_STATES).default('open'),
  due: z.enum(TASK_DUE).optional(),
  customerId: z.string().max(64).optional(),
  assigneeId: z.string().max(64).optional(),
});

/** Tasks without a due date sort after every dated one. */
const DUE_KEY = sql<string>`coalesce(tasks.due_date, '9999-12-31')`;

/** Open tasks soonest due first; done ones most recently done first. Keyset over (key, id). */
export async function listTasks(
  db: DB,
  reader: Reader,
  query: z.infer<typeof ZTaskListQuery>,
): Promise<Page<TTask>> {
  let q = visibleTasks(db, reader.scope).selectAll('tasks');
  if (query.view === 'mine') q = q.where('tasks.assignee_id', '=', reader.actor.id);
  else if (query.assigneeId) q = q.where('tasks.assignee_id', '=', query.assigneeId);
  if (query.customerId) q = q.where('tasks.customer_id', '=', query.customerId);
  if (query.state === 'open') q = q.where('tasks.done_at', 'is', null);
  if (query.state === 'done') q = q.where('tasks.done_at', 'is not', null);
  if (query.due) {
    const today = todayIn((await loadWorkspaceSettings(db, reader.scope.workspaceId)).timeZone, now());
    if (query.due === 'none') q = q.where('tasks.due_date', 'is', null);
    if (query.due === 'overdue') q = q.where('tasks.due_date', '<', today);
    if (query.due === 'today') q = q.where('tasks.due_date', '=', today);
    if (query.due === 'week')
      q = q.where('tasks.due_date', '>=', today).where('tasks.due_date', '<=', addDays(today, 6));
  }
  const byDone = query.state === 'done';
  const key = byDone ? sql<string>`tasks.done_at` : DUE_KEY;
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
    const [k, id] = decodeCursor(query.cursor) as [string, string];
    q = byDone
      ? q.where(sql<SqlBool>`(${key} < ${k} or (${key} = ${k} and tasks.id < ${id}))`)
      : q.where(sql<SqlBool>`(${key} > ${k} or (${key} = ${k} and tasks.id > ${id}))`);
  }
  const rows = await q
    .orderBy(key, byDone ? 'desc' : 'asc')
    .orderBy('tasks.id', byDone ? 'desc' : 'asc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const n = Number(counted.n);
  return {
    items: await serializeTasks(db, reader, page),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor([byDone ? last.done_at : (last.due_date ?? '9999-12-31'), last.id])
        : null,
    total: Math.min(n, TOTAL_CAP),
    totalCapped: n > TOTAL_CAP,
  };
}
