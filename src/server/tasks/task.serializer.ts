import { maskText } from '../../domain/masking';
import type { TTask } from '../../domain/task';
import { customerRefs, userNames } from '../customers/customer.repository';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { can } from '../http/policy';
import type { TaskRow } from './task.table';

export interface TaskContext {
  users: Map<string, string>;
  customers: Map<string, { name: string; number: string }>;
  followUps: Map<string, string>;
  /** A number typed into a task's text is masked as in the follow-up it came from. */
  masked: boolean;
}

export async function taskContext(db: DB, reader: Reader, rows: TaskRow[]): Promise<TaskContext> {
  const { workspaceId } = reader.scope;
  const followUpIds = [...new Set(rows.map((r) => r.follow_up_id).filter((id): id is string => !!id))];
  const [users, customers, followUps] = await Promise.all([
    userNames(
      db,
      workspaceId,
      rows.map((r) => r.assignee_id),
    ),
    customerRefs(
      db,
      workspaceId,
      rows.map((r) => r.customer_id).filter((id): id is string => !!id),
    ),
    followUpIds.length
      ? db.selectFrom('follow_ups').select(['id', 'number']).where('id', 'in', followUpIds).execute()
      : Promise.resolve([]),
  ]);
  return {
    users,
    customers,
    followUps: new Map(followUps.map((f) => [f.id, f.number])),
    masked: !can(reader.actor, 'personalData.view'),
  };
}

/** The one mapper of tasks: lists, Today, the calendar feed and the timeline all go through it. */
export function toTask(row: TaskRow, ctx: TaskContext): TTask {
  const text = (value: string) => (ctx.masked ? maskText(value) : value);
  const customer = row.customer_id ? ctx.customers.get(row.customer_id) : undefined;
  return {
    id: row.id,
    title: text(row.title),
    notes: row.notes === null ? null : text(row.notes),
    source: row.source,
    side: row.side,
    customer: row.customer_id && customer ? { id: row.customer_id, ...customer } : null,
    followUp: row.follow_up_id
      ? { id: row.follow_up_id, number: ctx.followUps.get(row.follow_up_id) ?? '' }
      : null,
    assignee: { id: row.assignee_id, name: ctx.users.get(row.assignee_id) ?? '' },
    dueDate: row.due_date,
    done: row.done_at !== null,
    doneAt: row.done_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export async function serializeTasks(db: DB, reader: Reader, rows: TaskRow[]): Promise<TTask[]> {
  const ctx = await taskContext(db, reader, rows);
  return rows.map((row) => toTask(row, ctx));
}
