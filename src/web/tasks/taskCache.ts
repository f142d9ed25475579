import {
  keepPreviousData,
  useInfiniteQuery,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query';
import type { TTask } from '../../domain/task';
import type { TPage } from '../api/client';
import { listTasks, tasksKey, type TTaskQuery } from '../api/tasks';

type TTaskPages = InfiniteData<TPage<TTask>>;

const listsKey = [...tasksKey, 'list'] as const;

/** Keyset pages of one filtered task list; "load more" asks for the next cursor. */
export function useTaskList(query: TTaskQuery) {
  const result = useInfiniteQuery({
    queryKey: [...listsKey, query],
    queryFn: ({ pageParam, signal }) => listTasks(query, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const items = result.data?.pages.flatMap((p) => p.items) ?? [];
  const first = result.data?.pages[0];
  return { ...result, items, total: first?.total ?? 0, totalCapped: first?.totalCapped ?? false };
}

function mapLists(client: QueryClient, change: (items: TTask[]) => TTask[]): void {
  client.setQueriesData<TTaskPages>({ queryKey: listsKey }, (data) =>
    data ? { ...data, pages: data.pages.map((page) => ({ ...page, items: change(page.items) })) } : data,
  );
}

/**
 * Puts a task's new state into every loaded list in place. Lists are not refetched on purpose: a task just ticked
 * stays visible (struck through) so the person sees what happened and can undo it.
 */
export function replaceTask(client: QueryClient, task: TTask): void {
  mapLists(client, (items) => items.map((item) => (item.id === task.id ? task : item)));
}

export function dropTask(client: QueryClient, id: string): void {
  mapLists(client, (items) => items.filter((item) => item.id !== id));
}

/** Cancels list fetches in flight, so an older answer cannot overwrite an optimistic change. */
export function cancelTaskLists(client: QueryClient): Promise<void> {
  return client.cancelQueries({ queryKey: listsKey });
}
