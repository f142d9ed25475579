import type { TToday, TWeeklyReview } from '../../domain/today';
import type { TTask } from '../../domain/task';
import { api } from './client';

export const todayKey = ['today'] as const;
export const reviewKey = (week: string | null, userId: string | null) => ['review', week, userId] as const;

export function getToday(signal?: AbortSignal): Promise<TToday> {
  return api.get('/today', undefined, signal);
}

export function getWeeklyReview(week: string | null, userId: string | null, signal?: AbortSignal) {
  return api.get<TWeeklyReview>(
    '/reviews/weekly',
    { ...(week && { week }), ...(userId && { userId }) },
    signal,
  );
}

export function snoozeCustomer(id: string, until: string | null) {
  return api.post<{ id: string; snoozedUntil: string | null; nextDueDate: string | null }>(
    `/customers/${encodeURIComponent(id)}/snooze`,
    { until },
  );
}

export function setTaskDone(task: Pick<TTask, 'id' | 'version'>, done: boolean): Promise<TTask> {
  return api.patch(`/tasks/${encodeURIComponent(task.id)}`, { version: task.version, done });
}
