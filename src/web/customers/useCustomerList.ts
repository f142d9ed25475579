import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { customersKey, listCustomers, type TCustomerQuery } from '../api/customers';

/** Keyset pages of the list for one set of filters; the next page is fetched as the person scrolls. */
export function useCustomerList(query: TCustomerQuery) {
  const result = useInfiniteQuery({
    queryKey: [...customersKey, 'list', query],
    queryFn: ({ pageParam, signal }) => listCustomers(query, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const items = result.data?.pages.flatMap((p) => p.items) ?? [];
  const first = result.data?.pages[0];
  return { ...result, items, total: first?.total ?? 0, totalCapped: first?.totalCapped ?? false };
}
