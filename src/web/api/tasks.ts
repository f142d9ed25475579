import type { TCreateTaskInput, TTask, TUpdateTaskInput } from '../../domain/task';
import { api, type TPage } from './client';

export const tasksKey = ['tasks'] as const;

/** The list's filters as GET /tasks takes them; unset ones are left out of the address. */
export interface TTaskQuery {
  view: 'mine' | 'team';
  state: 'open' | 'done' | 'all';
  due?: 'overdue' | 'today' | 'week' | 'none' | undefined;
  customerId?: string | undefined;
  assigneeId?: string | undefined;
}

export function listTasks(
  query: TTaskQuery,
  cursor: string | null,
  signal?: AbortSignal,
  limit = 50,
): Promise<TPage<TTask>> {
  return api.get('/tasks', { ...query, cursor, limit }, signal);
}

export function createTask(input: TCreateTaskInput): Promise<TTask> {
  return api.post('/tasks', input);
}

/** 409 VERSION_CONFLICT carries the task as it is now in `current`. */
export function updateTask(id: string, input: TUpdateTaskInput): Promise<TTask> {
  return api.patch(`/tasks/${encodeURIComponent(id)}`, input);
}

/** Moves the task to the recycle bin. */
export function deleteTask(id: string): Promise<void> {
  return api.delete(`/tasks/${encodeURIComponent(id)}`);
}
