import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { listUsers, usersKey } from '../api/users';

/** Members in keyset pages; `q` filters on the server so a 500-person team stays quick. */
export function useMembers(q: string) {
  const query = useInfiniteQuery({
    queryKey: [...usersKey, { q }],
    queryFn: ({ pageParam }) => listUsers({ q, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const total = query.data?.pages[0]?.total ?? 0;
  return { ...query, items, total };
}
