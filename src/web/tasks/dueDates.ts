import dayjs from 'dayjs';
import { addDays, daysBetween } from '../../domain/cadence';
import type { TLocale } from '../../domain/locale';
import type { TTask } from '../../domain/task';
import type { Messages } from '../i18n/zh-CN';

export type TDueGroup = 'overdue' | 'today' | 'tomorrow' | 'week' | 'later' | 'none';

/**
 * Which heading a task sits under: the server's due windows, plus tomorrow. A task ticked off a moment ago stays
 * under its heading (struck through) until the list is fetched again.
 */
export function dueGroup(task: Pick<TTask, 'dueDate'>, today: string): TDueGroup {
  if (!task.dueDate) return 'none';
  const days = daysBetween(today, task.dueDate);
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days <= 6) return 'week';
  return 'later';
}

/** Consecutive runs of the list under one heading; the server already sorts by due date. */
export function groupTasks(tasks: TTask[], today: string): { group: TDueGroup; tasks: TTask[] }[] {
  const runs: { group: TDueGroup; tasks: TTask[] }[] = [];
  for (const task of tasks) {
    const group = dueGroup(task, today);
    const last = runs.at(-1);
    if (last?.group === group) last.tasks.push(task);
    else runs.push({ group, tasks: [task] });
  }
  return runs;
}

/** 下周一: the Monday of next week (a week ahead when today is Monday). */
export function nextMonday(today: string): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(today, (8 - weekday) % 7 || 7);
}

/** The quick choices of the due-date picker, in the order people reach for them. */
export function quickDates(today: string, t: Messages): { label: string; date: string }[] {
  const q = t.tasks.quick;
  return [
    { label: q.today, date: today },
    { label: q.tomorrow, date: addDays(today, 1) },
    { label: q.dayAfter, date: addDays(today, 2) },
    { label: q.nextMonday, date: nextMonday(today) },
  ];
}

/** "今天", "明天", or "3月5日 周三" (with the year when it is not this year). */
export function dueLabel(date: string, today: string, t: Messages, locale: TLocale): string {
  const days = daysBetween(today, date);
  const r = t.tasks.relative;
  if (days === -1) return r.yesterday;
  if (days === 0) return r.today;
  if (days === 1) return r.tomorrow;
  if (days === 2) return r.dayAfter;
  const d = dayjs(date);
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  // dayjs already speaks the interface language (I18nProvider sets it), so ddd is 周三 or Wed.
  if (locale === 'zh-CN') return d.format(sameYear ? 'M月D日 ddd' : 'YYYY年M月D日');
  return d.format(sameYear ? 'ddd, MMM D' : 'MMM D, YYYY');
}
