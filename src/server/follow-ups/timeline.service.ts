import { sql, type SqlBool } from 'kysely';
import { z } from 'zod';
import { ZFollowUp } from '../../domain/follow-up';
import { ZTask } from '../../domain/task';
import { maskContactChanges } from '../contacts/contact.serializer';
import type { Reader } from '../customers/customer-context';
import { findCustomerRow } from '../customers/customer.repository';
import { CUSTOMER_ENTITY } from '../customers/customer.service';
import type { DB } from '../db/schema';
import { notFound } from '../http/errors';
import { decodeCursor, encodeCursor } from '../http/pagination';
import { can } from '../http/policy';
import { listHistory, ZHistoryEntry } from '../history/history.service';
import { visibleTasks } from '../tasks/task.repository';
import { serializeTasks } from '../tasks/task.serializer';
import { visibleFollowUps } from './follow-up.repository';
import { serializeFollowUps } from './follow-up.service';
import { timelineRecords, ZTimelineRecord } from './timeline-records';

export const TIMELINE_KINDS = ['followUp', 'task', 'change', 'record'] as const;

export const ZTimelineQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(30),
  cursor: z.string().max(500).optional(),
  /** Comma-separated kinds to show; all when absent. */
  kinds: z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.enum(TIMELINE_KINDS)))
    .optional(),
});

export const ZTimelineItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('followUp'), at: z.string(), followUp: ZFollowUp }),
  z.object({ kind: z.literal('task'), at: z.string(), task: ZTask }),
  z.object({ kind: z.literal('change'), at: z.string(), change: ZHistoryEntry }),
  z.object({ kind: z.literal('record'), at: z.string(), record: ZTimelineRecord }),
]);
export const ZTimeline = z.object({ items: z.array(ZTimelineItem), nextCursor: z.string().nullable() });
type TTimelineItem = z.infer<typeof ZTimelineItem>;

/**
 * A customer's timeline 时间线, newest first: its follow-ups, its tasks (when made), the changes to its record, and its
 * deals, contracts, delivered milestones and payments received. Each source gives one page after the cursor; the
 * merge keeps the newest `limit`.
 */
export async function customerTimeline(
  db: DB,
  reader: Reader,
  customerId: string,
  query: z.infer<typeof ZTimelineQuery>,
): Promise<z.infer<typeof ZTimeline>> {
  // The caller must see the customer; its row is enough to know (no need to serialise the whole card).
  if (!(await findCustomerRow(db, reader.scope, customerId))) throw notFound();
  const kinds = new Set(query.kinds?.length ? query.kinds : TIMELINE_KINDS);
  const before = query.cursor ? (decodeCursor(query.cursor) as [string, string]) : null;
  const take = query.limit + 1;
  const items: (TTimelineItem & { id: string })[] = [];
  if (kinds.has('followUp')) {
    let q = visibleFollowUps(db, reader.scope)
      .selectAll('follow_ups')
      .where('follow_ups.customer_id', '=', customerId);
    if (before) {
      const [at, id] = before;
      q = q.where(sql<SqlBool>`(follow_ups.at < ${at} or (follow_ups.at = ${at} and follow_ups.id < ${id}))`);
    }
    const rows = await q
      .orderBy('follow_ups.at', 'desc')
      .orderBy('follow_ups.id', 'desc')
      .limit(take)
      .execute();
    const followUps = await serializeFollowUps(db, reader, rows);
    items.push(...followUps.map((f) => ({ kind: 'followUp' as const, at: f.at, id: f.id, followUp: f })));
  }
  if (kinds.has('task')) {
    let q = visibleTasks(db, reader.scope).selectAll('tasks').where('tasks.customer_id', '=', customerId);
    if (before) {
      const [at, id] = before;
      q = q.where(
        sql<SqlBool>`(tasks.created_at < ${at} or (tasks.created_at = ${at} and tasks.id < ${id}))`,
      );
    }
    const rows = await q
      .orderBy('tasks.created_at', 'desc')
      .orderBy('tasks.id', 'desc')
      .limit(take)
      .execute();
    const tasks = await serializeTasks(db, reader, rows);
    items.push(...tasks.map((task) => ({ kind: 'task' as const, at: task.createdAt, id: task.id, task })));
  }
  if (kinds.has('change')) {
    const mask = can(reader.actor, 'personalData.view') ? undefined : maskContactChanges;
    const changes = await listHistory(db, reader.scope, CUSTOMER_ENTITY, customerId, mask, {
      limit: take,
      ...(before && { before: { at: before[0], id: before[1] } }),
    });
    items.push(...changes.map((c) => ({ kind: 'change' as const, at: c.at, id: c.id, change: c })));
  }
  if (kinds.has('record')) {
    const records = await timelineRecords(db, reader, customerId, before, take);
    items.push(
      ...records.map(({ at, ...record }) => ({ kind: 'record' as const, at, id: record.id, record })),
    );
  }
  items.sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1));
  const page = items.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ id: _id, ...item }) => item),
    nextCursor: items.length > query.limit && last ? encodeCursor([last.at, last.id]) : null,
  };
}
