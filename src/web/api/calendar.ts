import { api } from './client';

export const calendarKey = ['calendar'] as const;
export const calendarFeedKey = ['calendar', 'feed'] as const;

/** One dated item on the calendar: a customer falling due for follow-up, or a task. */
export interface TCalendarEvent {
  /** YYYY-MM-DD */
  date: string;
  kind: 'followUpDue' | 'task';
  id: string;
  title: string;
  /** Why it is due, or the task's customer. */
  detail: string;
  done: boolean;
  /** Where clicking the event goes, inside the app. */
  link: string;
}

export interface TCalendar {
  from: string;
  to: string;
  events: TCalendarEvent[];
}

/** The private ICS subscription; `url` is only sent when a feed is made, never again. */
export interface TCalendarFeed {
  active: boolean;
  url: string | null;
}

/** At most 62 days apart (a month grid with its neighbouring weeks). */
export function getCalendar(from: string, to: string, signal?: AbortSignal): Promise<TCalendar> {
  return api.get('/calendar', { from, to }, signal);
}

export function getCalendarFeed(): Promise<TCalendarFeed> {
  return api.get('/calendar/feed');
}

/** Makes a new private link; the previous one stops working. */
export function createCalendarFeed(): Promise<TCalendarFeed> {
  return api.post('/calendar/feed');
}

export function revokeCalendarFeed(): Promise<void> {
  return api.delete('/calendar/feed');
}
