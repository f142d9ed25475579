import { TASK_DUE, TASK_STATES, TASK_VIEWS } from '../../domain/task';
import type { TTaskQuery } from '../api/tasks';

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

/** The list's filters live in the address (?view=team&due=overdue), so a reload or a shared link keeps them. */
export function readTaskQuery(params: URLSearchParams): TTaskQuery {
  const view = pick(params.get('view'), TASK_VIEWS) ?? 'mine';
  return {
    view,
    state: pick(params.get('state'), TASK_STATES) ?? 'open',
    due: pick(params.get('due'), TASK_DUE),
    // Someone else's tasks only make sense in the team view.
    assigneeId: view === 'team' ? (params.get('assignee') ?? undefined) : undefined,
  };
}

export function writeTaskQuery(query: TTaskQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.view !== 'mine') params.set('view', query.view);
  if (query.state !== 'open') params.set('state', query.state);
  if (query.due) params.set('due', query.due);
  if (query.view === 'team' && query.assigneeId) params.set('assignee', query.assigneeId);
  return params;
}
