import { z } from 'zod';
import { addDays } from '../../domain/cadence';
import { now } from '../clock';
import { todayIn, ZDate } from '../../domain/dates';
import { ZWeeklyReview, type TWeeklyReview } from '../../domain/today';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { visibleTasks } from '../tasks/task.repository';
import { serializeTasks } from '../tasks/task.serializer';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { DUE_COLUMNS, ownedCustomers, toDueCustomers } from './due-customers';
import { subjectOf } from './today.service';

export { ZWeeklyReview };

export const ZWeeklyReviewQuery = z.object({
  /** Any day of the week to review (Monday to Sunday); last week by default. */
  week: ZDate.optional(),
  userId: z.string().max(64).optional(),
});

const LIST_LIMIT = 50;

/** Monday of the week holding `day` (weeks start on Monday in China). */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/**
 * At risk: those never followed up first, then those longest without. Two reads in index order: one sorted OR of
 * both read and sorted every customer the member owns (25 ms for 5,000).
 */
async function atRiskCustomers(owned: ReturnType<typeof ownedCustomers>, before: string) {
  const never = await owned
    .select(DUE_COLUMNS)
    .where('customers.last_follow_up_day', 'is', null)
    .orderBy('customers.id')
    .limit(LIST_LIMIT)
    .execute();
  if (never.length === LIST_LIMIT) return never;
  const stale = await owned
    .select(DUE_COLUMNS)
    .where('customers.last_follow_up_day', '<', before)
    .orderBy('customers.last_follow_up_day')
    .orderBy('customers.id')
    .limit(LIST_LIMIT - never.length)
    .execute();
  return [...never, ...stale];
}

/**
 * 每周复盘 for one member: last week's follow-ups against what was due (each follow-up remembers the due date its
 * customer had when it was logged, so the week can be judged after the fact), the customers now dormant or at risk,
 * and promises past their date that nobody ticked off.
 */
export async function weeklyReview(
  db: DB,
  reader: Reader,
  query: z.infer<typeof ZWeeklyReviewQuery>,
): Promise<TWeeklyReview> {
  const userId = subjectOf(reader, query.userId);
  const settings = await loadWorkspaceSettings(db, reader.scope.workspaceId);
  const today = todayIn(settings.timeZone, now());
  const from = mondayOf(query.week ?? addDays(today, -7));
  const to = addDays(from, 6);
  const { workspaceId } = reader.scope;
  const followUps = () =>
    db
      .selectFrom('follow_ups')
      .where('follow_ups.workspace_id', '=', workspaceId)
      .where('follow_ups.user_id', '=', userId)
      .where('follow_ups.deleted_at', 'is', null);
  const owned = ownedCustomers(db, workspaceId, userId);
  const activeFrom = addDays(today, -settings.health.dormantAfter);
  const dormantFrom = addDays(today, -settings.health.atRiskAfter);
  const [met, missed, logged, dormant, atRisk, promises] = await Promise.all([
    followUps()
      .select(['follow_ups.day', 'follow_ups.due_date'])
      .where('follow_ups.due_date', '>=', from)
      .where('follow_ups.due_date', '<=', to)
      .execute(),
    // Due in the week and not followed up since: their due date is still that day, and it has passed.
    owned
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('customers.next_due_date', '>=', from)
      .where('customers.next_due_date', '<=', to)
      .where('customers.next_due_date', '<', today)
      .executeTakeFirstOrThrow(),
    followUps()
      .select(['follow_ups.at', 'follow_ups.created_at'])
      .where('follow_ups.day', '>=', from)
      .where('follow_ups.day', '<=', to)
      .execute(),
    owned
      .select(DUE_COLUMNS)
      .where('customers.last_follow_up_day', '>=', dormantFrom)
      .where('customers.last_follow_up_day', '<', activeFrom)
      .orderBy('customers.last_follow_up_day')
      .orderBy('customers.id')
      .limit(LIST_LIMIT)
      .execute(),
    atRiskCustomers(owned, dormantFrom),
    visibleTasks(db, reader.scope)
      .selectAll('tasks')
      .where('tasks.assignee_id', '=', userId)
      .where('tasks.source', '=', 'commitment')
      .where('tasks.done_at', 'is', null)
      .where('tasks.due_date', '<', today)
      .orderBy('tasks.due_date')
      .orderBy('tasks.id')
      .limit(LIST_LIMIT)
      .execute(),
  ]);
  const onTime = met.filter((f) => f.due_date !== null && f.day <= f.due_date).length;
  const missedN = Number(missed.n);
  const due = met.length + missedN;
  const prompt = logged.filter((f) => Date.parse(f.created_at) - Date.parse(f.at) <= 24 * 3600_000).length;
  return {
    today,
    from,
    to,
    followUps: logged.length,
    timeliness: {
      due,
      onTime,
      late: met.length - onTime,
      missed: missedN,
      rate: due ? onTime / due : null,
    },
    recordedWithin24h: logged.length ? prompt / logged.length : null,
    dormant: await toDueCustomers(db, reader, settings, today, dormant),
    atRisk: await toDueCustomers(db, reader, settings, today, atRisk),
    brokenPromises: await serializeTasks(db, reader, promises),
  };
}
