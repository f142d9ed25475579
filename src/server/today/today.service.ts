import { sql } from 'kysely';
import { z } from 'zod';
import { addDays } from '../../domain/cadence';
import { now } from '../clock';
import { todayIn } from '../../domain/dates';
import { ZToday, type TToday } from '../../domain/today';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { AppError } from '../http/errors';
import { can } from '../http/policy';
import { contractEndEvents } from '../contracts/contract-events';
import { deliveryEvents } from '../projects/project-events';
import { visibleTasks } from '../tasks/task.repository';
import { serializeTasks } from '../tasks/task.serializer';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { DUE_COLUMNS, ownedCustomers, toDueCustomers } from './due-customers';

export { ZToday };

export const ZTodayQuery = z.object({
  /** Whose day: the caller by default; managers may look at a member's. */
  userId: z.string().max(64).optional(),
});

/** The most of each list Today shows; the counts say how many there are in all (up to the cap). */
const TODAY_LIMIT = 100;

/** The member whose day (or week) is asked for: oneself, or anyone for those who assign customers. */
export function subjectOf(reader: Reader, userId: string | undefined): string {
  if (!userId || userId === 'me' || userId === reader.actor.id) return reader.actor.id;
  if (!can(reader.actor, 'customers.assign')) throw new AppError('FORBIDDEN');
  return userId;
}

/**
 * 今日待办: the member's customers due or overdue (by the stored due date, on the index by owner and due date), their
 * open tasks and commitments due by today, and customers that turn dormant within a week unless someone calls.
 */
export async function todayOf(
  db: DB,
  reader: Reader,
  query: z.infer<typeof ZTodayQuery>,
  at = now(),
): Promise<TToday> {
  const userId = subjectOf(reader, query.userId);
  const settings = await loadWorkspaceSettings(db, reader.scope.workspaceId);
  const today = todayIn(settings.timeZone, at);
  const owned = ownedCustomers(db, reader.scope.workspaceId, userId);
  // Still active today, dormant within 7 days: their last follow-up falls in this window.
  const dormantFrom = addDays(today, -settings.health.dormantAfter);
  const [due, turning, tasks, counts] = await Promise.all([
    owned
      .select(DUE_COLUMNS)
      .where('customers.next_due_date', '<=', today)
      .orderBy('customers.next_due_date')
      .orderBy('customers.id')
      .limit(TODAY_LIMIT)
      .execute(),
    owned
      .select(DUE_COLUMNS)
      .where('customers.last_follow_up_day', '>=', dormantFrom)
      .where('customers.last_follow_up_day', '<=', addDays(dormantFrom, 6))
      .where((eb) =>
        eb.or([eb('customers.next_due_date', '>', today), eb('customers.next_due_date', 'is', null)]),
      )
      .orderBy('customers.last_follow_up_day')
      .orderBy('customers.id')
      .limit(TODAY_LIMIT)
      .execute(),
    visibleTasks(db, reader.scope)
      .selectAll('tasks')
      .where('tasks.assignee_id', '=', userId)
      .where('tasks.done_at', 'is', null)
      .where('tasks.due_date', '<=', today)
      .orderBy('tasks.due_date')
      .orderBy('tasks.id')
      .limit(TODAY_LIMIT)
      .execute(),
    owned
      .select([
        sql<number>`sum(case when customers.next_due_date < ${today} then 1 else 0 end)`.as('overdue'),
        sql<number>`sum(case when customers.next_due_date = ${today} then 1 else 0 end)`.as('due_today'),
      ])
      .where('customers.next_due_date', '<=', today)
      .executeTakeFirst(),
  ]);
  const delivery = await deliveryDue(db, reader, userId, today, settings.deals.renewalDays);
  const openTasks = await visibleTasks(db, reader.scope)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tasks.assignee_id', '=', userId)
    .where('tasks.done_at', 'is', null)
    .where('tasks.due_date', '<=', today)
    .executeTakeFirstOrThrow();
  return {
    date: today,
    dueCustomers: await toDueCustomers(db, reader, settings, today, due),
    tasks: await serializeTasks(db, reader, tasks),
    turningDormant: await toDueCustomers(db, reader, settings, today, turning),
    delivery,
    counts: {
      overdue: Number(counts?.overdue ?? 0),
      dueToday: Number(counts?.due_today ?? 0),
      tasks: Number(openTasks.n),
    },
  };
}

/** How far back Today looks for late milestones and unpaid installments; older ones live on the receivables view. */
const DELIVERY_LOOKBACK_DAYS = 90;

/** Open milestones and installments due by today, and contracts ending within the renewal days, oldest first. */
async function deliveryDue(db: DB, reader: Reader, userId: string, today: string, renewalDays: number) {
  const [work, ends] = await Promise.all([
    deliveryEvents(db, reader, userId, addDays(today, -DELIVERY_LOOKBACK_DAYS), today),
    contractEndEvents(db, reader, userId, today, addDays(today, renewalDays)),
  ]);
  return [...work.filter((item) => !item.done), ...ends]
    .sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1))
    .slice(0, TODAY_LIMIT);
}
