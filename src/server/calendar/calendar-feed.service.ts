import ical from 'ical-generator';
import { addDays } from '../../domain/cadence';
import { now } from '../clock';
import { todayIn } from '../../domain/dates';
import { DEFAULT_LOCALE, type TLocale } from '../../domain/locale';
import { digest, randomToken } from '../auth/secrets';
import type { DB } from '../db/schema';
import { notFound } from '../http/errors';
import { scopeOf } from '../http/policy';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { calendarEvents, type TCalendarEvent } from './calendar.service';

/** A new private feed token for the member (the old one stops working); only its digest is kept. */
export async function rotateFeedToken(db: DB, userId: string): Promise<string> {
  const token = randomToken(24);
  await db
    .updateTable('users')
    .set({ calendar_token: digest(token) })
    .where('id', '=', userId)
    .execute();
  return token;
}

export async function revokeFeedToken(db: DB, userId: string): Promise<void> {
  await db.updateTable('users').set({ calendar_token: null }).where('id', '=', userId).execute();
}

export async function hasFeedToken(db: DB, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('calendar_token')
    .where('id', '=', userId)
    .executeTakeFirst();
  return !!row?.calendar_token;
}

const NAMES: Record<TLocale, { calendar: string } & Record<TCalendarEvent['kind'], string>> = {
  'zh-CN': {
    calendar: '客易 · 跟进与待办',
    followUpDue: '跟进',
    task: '待办',
    milestone: '里程碑',
    installment: '收款',
    contractEnd: '合同到期',
  },
  'en-US': {
    calendar: 'Keyi · follow-ups and tasks',
    followUpDue: 'Follow up',
    task: 'Task',
    milestone: 'Milestone',
    installment: 'Payment due',
    contractEnd: 'Contract ends',
  },
};

/**
 * The member's ICS feed for phone calendars: two weeks back, eight weeks ahead, all-day events, read with the
 * member's own rights (masking included). The token is the only credential, so an unknown one is a plain 404.
 */
export async function calendarFeed(db: DB, token: string, baseUrl: string): Promise<string> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'workspace_id', 'role', 'locale'])
    .where('calendar_token', '=', digest(token))
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!user) throw notFound();
  const actor = { id: user.id, workspaceId: user.workspace_id, role: user.role };
  const locale = user.locale ?? DEFAULT_LOCALE;
  const reader = { actor, scope: scopeOf(actor), locale };
  const settings = await loadWorkspaceSettings(db, user.workspace_id);
  const today = todayIn(settings.timeZone, now());
  const names = NAMES[locale];
  const feed = ical({
    name: names.calendar,
    timezone: settings.timeZone,
    prodId: { company: 'Keyi', product: 'Keyi' },
  });
  for (const part of [
    [addDays(today, -14), addDays(today, 27)],
    [addDays(today, 28), addDays(today, 56)],
  ] as const) {
    const { events } = await calendarEvents(db, reader, { from: part[0], to: part[1] });
    for (const event of events) {
      const day = new Date(`${event.date}T00:00:00Z`);
      feed.createEvent({
        id: `${event.kind}-${event.id}-${event.date}@keyi`,
        start: day,
        allDay: true,
        summary: `${event.done ? '✓ ' : ''}${names[event.kind]}：${event.title}`,
        description: event.detail,
        url: `${baseUrl}${event.link}`,
      });
    }
  }
  return feed.toString();
}
