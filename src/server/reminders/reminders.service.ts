import { now as clockNow } from '../clock';
import { DEFAULT_LOCALE } from '../../domain/locale';
import { hourIn, todayIn } from '../../domain/dates';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { scopeOf } from '../http/policy';
import { notify } from '../notifications/notify.service';
import { serializeTasks } from '../tasks/task.serializer';
import { todayOf } from '../today/today.service';
import { workingDaysWarning } from '../working-days/working-day.service';
import { settingsOf } from '../workspaces/workspace-settings';
import { digestOf, wordsFor } from './digest-words';

/** The morning digest goes out from this hour, workspace time. */
export const DIGEST_HOUR = 8;
/** The owner hears about a missing holiday schedule from this many days before the year starts. */
const HOLIDAY_NOTICE_DAYS = 61;

async function membersOf(db: DB, workspaceId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'role', 'locale'])
    .where('workspace_id', '=', workspaceId)
    .where('deleted_at', 'is', null)
    .execute();
}

type Member = Awaited<ReturnType<typeof membersOf>>[number];

const readerOf = (workspaceId: string, m: Member): Reader => {
  const actor = { id: m.id, workspaceId, role: m.role };
  return { actor, scope: scopeOf(actor), locale: m.locale ?? DEFAULT_LOCALE };
};

/**
 * Each member's morning digest of Today (their language, their masking), once a day: the dedupe key makes a second
 * app instance, or a second run, create nothing. Members with nothing due get none. The owner also hears, once a
 * month, when next year's holiday schedule is missing.
 */
export async function sendDigests(db: DB, now = clockNow()): Promise<{ digests: number }> {
  let digests = 0;
  for (const workspace of await db
    .selectFrom('workspaces')
    .select(['id', 'time_zone', 'settings'])
    .execute()) {
    const { timeZone } = settingsOf(workspace);
    if (hourIn(timeZone, now) < DIGEST_HOUR) continue;
    const day = todayIn(timeZone, now);
    const keyOf = (userId: string) => `digest:${day}:${userId}`;
    const members = await membersOf(db, workspace.id);
    const sent = new Set(
      (
        await db
          .selectFrom('notifications')
          .select('dedupe_key')
          .where('workspace_id', '=', workspace.id)
          .where('dedupe_key', 'in', members.length ? members.map((m) => keyOf(m.id)) : [''])
          .execute()
      ).map((r) => r.dedupe_key),
    );
    for (const member of members) {
      if (sent.has(keyOf(member.id))) continue;
      const reader = readerOf(workspace.id, member);
      const digest = digestOf(await todayOf(db, reader, {}, now), reader.locale);
      if (!digest) continue;
      const result = await notify(db, {
        workspaceId: workspace.id,
        userId: member.id,
        kind: 'digest',
        ...digest,
        link: '/',
        dedupeKey: keyOf(member.id),
      });
      if (result.created) digests += 1;
    }
    await warnMissingHolidays(db, workspace.id, day, members);
  }
  return { digests };
}

async function warnMissingHolidays(db: DB, workspaceId: string, day: string, members: Member[]) {
  const owner = members.find((m) => m.role === 'owner');
  const warning = await workingDaysWarning(db, workspaceId, day);
  if (!owner || !warning || warning.daysUntil > HOLIDAY_NOTICE_DAYS) return;
  const words = wordsFor(owner.locale ?? DEFAULT_LOCALE);
  await notify(db, {
    workspaceId,
    userId: owner.id,
    kind: 'system',
    title: words.holidaysTitle(warning.missingYear),
    body: words.holidays(warning.missingYear, warning.daysUntil),
    link: '/settings/working-days',
    dedupeKey: `holidays:${warning.missingYear}:${day.slice(0, 7)}`,
  });
}

/**
 * Due-now reminders: what became due today after the member's digest went out (a task added or moved to today, a
 * follow-up agreed for today), one notification each; the outbox merges them per channel and robot.
 */
export async function sendDueReminders(db: DB, now = clockNow()): Promise<{ reminders: number }> {
  let reminders = 0;
  for (const workspace of await db
    .selectFrom('workspaces')
    .select(['id', 'time_zone', 'settings'])
    .execute()) {
    const { timeZone } = settingsOf(workspace);
    const day = todayIn(timeZone, now);
    const digests = await db
      .selectFrom('notifications')
      .select(['user_id', 'created_at'])
      .where('workspace_id', '=', workspace.id)
      .where('kind', '=', 'digest')
      .where('dedupe_key', 'like', `digest:${day}:%`)
      .execute();
    if (!digests.length) continue;
    const members = new Map((await membersOf(db, workspace.id)).map((m) => [m.id, m]));
    for (const digest of digests) {
      const member = members.get(digest.user_id);
      if (!member) continue;
      const reader = readerOf(workspace.id, member);
      const words = wordsFor(reader.locale);
      const tasks = await db
        .selectFrom('tasks')
        .selectAll()
        .where('workspace_id', '=', workspace.id)
        .where('assignee_id', '=', member.id)
        .where('due_date', '=', day)
        .where('done_at', 'is', null)
        .where('deleted_at', 'is', null)
        .where('updated_at', '>', digest.created_at)
        .execute();
      for (const task of await serializeTasks(db, reader, tasks)) {
        const result = await notify(db, {
          workspaceId: workspace.id,
          userId: member.id,
          kind: 'task',
          title: words.task(task.title),
          body: task.customer?.name ?? '',
          link: task.customer ? `/customers/${task.customer.id}` : '/tasks',
          dedupeKey: `task-due:${day}:${task.id}`,
        });
        if (result.created) reminders += 1;
      }
      const agreed = await db
        .selectFrom('follow_ups')
        .innerJoin('customers', 'customers.id', 'follow_ups.customer_id')
        .select(['customers.id', 'customers.name'])
        .where('follow_ups.workspace_id', '=', workspace.id)
        .where('customers.owner_id', '=', member.id)
        .where('follow_ups.next_date', '=', day)
        .where('follow_ups.deleted_at', 'is', null)
        .where('follow_ups.created_at', '>', digest.created_at)
        .execute();
      for (const customer of agreed) {
        const result = await notify(db, {
          workspaceId: workspace.id,
          userId: member.id,
          kind: 'due',
          title: words.agreed(customer.name),
          link: `/customers/${customer.id}`,
          dedupeKey: `agreed:${day}:${customer.id}`,
        });
        if (result.created) reminders += 1;
      }
    }
  }
  return { reminders };
}
