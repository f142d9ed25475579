import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { bellKey, listNotifications, markNotificationsRead } from '../api/notifications';

/** The bell's pages, checked again every minute (the server keeps no connection open to push them). */
export function useBell() {
  const queryClient = useQueryClient();
  const query = useInfiniteQuery({
    queryKey: bellKey,
    queryFn: ({ pageParam }) => listNotifications({ limit: 20, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: 60_000,
    staleTime: 30_000,
  });
  const markRead = useMutation({
    mutationFn: (ids?: string[]) => markNotificationsRead(ids),
    onSettled: () => queryClient.invalidateQueries({ queryKey: bellKey }),
  });
  const pages = query.data?.pages ?? [];
  return {
    query,
    items: pages.flatMap((p) => p.items),
    unread: pages[0]?.unread ?? 0,
    markRead,
  };
}
