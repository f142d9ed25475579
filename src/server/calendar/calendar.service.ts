import { z } from 'zod';
import { addDays } from '../../domain/cadence';
import { now } from '../clock';
import { todayIn, ZDate } from '../../domain/dates';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { AppError } from '../http/errors';
import { contractEndEvents } from '../contracts/contract-events';
import { deliveryEvents } from '../projects/project-events';
import { visibleTasks } from '../tasks/task.repository';
import { serializeTasks } from '../tasks/task.serializer';
import { DUE_COLUMNS, ownedCustomers, toDueCustomers } from '../today/due-customers';
import { subjectOf } from '../today/today.service';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';

export const ZCalendarQuery = z.object({
  from: ZDate,
  to: ZDate,
  userId: z.string().max(64).optional(),
});

export const ZCalendarEvent = z.object({
  date: z.string(),
  kind: z.enum(['followUpDue', 'task', 'milestone', 'installment', 'contractEnd']),
  id: z.string(),
  title: z.string(),
  /** Why it is due, or the task's customer: the line under the title. */
  detail: z.string(),
  done: z.boolean(),
  link: z.string(),
});
export const ZCalendar = z.object({ from: z.string(), to: z.string(), events: z.array(ZCalendarEvent) });
export type TCalendarEvent = z.infer<typeof ZCalendarEvent>;

/** A month view with its leading and trailing weeks fits; beyond that a calendar is a report. */
const MAX_DAYS = 62;
const MAX_EVENTS = 3000;

/**
 * The member's dated work between two days: customers falling due (by the stored due date), tasks by their due
 * date (done ones too, ticked), their projects' milestones and installments, and their customers' contract ends.
 */
export async function calendarEvents(
  db: DB,
  reader: Reader,
  query: z.infer<typeof ZCalendarQuery>,
): Promise<{ from: string; to: string; events: TCalendarEvent[] }> {
  const { from, to } = query;
  if (to < from || addDays(from, MAX_DAYS) < to)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'querystring.to', code: 'VALIDATION_FAILED' }],
    });
  const userId = subjectOf(reader, query.userId);
  const settings = await loadWorkspaceSettings(db, reader.scope.workspaceId);
  const today = todayIn(settings.timeZone, now());
  const [due, tasks, delivery, contractEnds] = await Promise.all([
    ownedCustomers(db, reader.scope.workspaceId, userId)
      .select(DUE_COLUMNS)
      .where('customers.next_due_date', '>=', from)
      .where('customers.next_due_date', '<=', to)
      .orderBy('customers.next_due_date')
      .orderBy('customers.id')
      .limit(MAX_EVENTS)
      .execute(),
    visibleTasks(db, reader.scope)
      .selectAll('tasks')
      .where('tasks.assignee_id', '=', userId)
      .where('tasks.due_date', '>=', from)
      .where('tasks.due_date', '<=', to)
      .orderBy('tasks.due_date')
      .orderBy('tasks.id')
      .limit(MAX_EVENTS)
      .execute(),
    deliveryEvents(db, reader, userId, from, to),
    contractEndEvents(db, reader, userId, from, to),
  ]);
  const customers = await toDueCustomers(db, reader, settings, today, due);
  const events: TCalendarEvent[] = [
    ...customers.map((c) => ({
      date: c.nextDueDate ?? from,
      kind: 'followUpDue' as const,
      id: c.id,
      title: c.name,
      detail: c.reason,
      done: false,
      link: `/customers/${c.id}`,
    })),
    ...(await serializeTasks(db, reader, tasks)).map((task) => ({
      date: task.dueDate ?? from,
      kind: 'task' as const,
      id: task.id,
      title: task.title,
      detail: task.customer?.name ?? '',
      done: task.done,
      link: task.customer ? `/customers/${task.customer.id}` : '/tasks',
    })),
    ...delivery,
    ...contractEnds,
  ];
  events.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1));
  return { from, to, events };
}
