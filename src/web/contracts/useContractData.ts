import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  contractChangeKeys,
  contractsKey,
  invoicesKey,
  listContracts,
  listInvoices,
  type TContractFilter,
} from '../api/contracts';
import { dealsKey, listDeals } from '../api/deals';

/** One keyset-paged list; the next page on demand. */
function usePaged<T>(
  key: readonly unknown[],
  fetchPage: (
    cursor: string | null,
    signal: AbortSignal,
  ) => Promise<{ items: T[]; nextCursor: string | null }>,
) {
  const query = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  return { query, items: query.data?.pages.flatMap((p) => p.items) ?? [] };
}

export function useContracts(filter: TContractFilter) {
  return usePaged([...contractsKey, filter], (cursor, signal) => listContracts(filter, cursor, signal));
}

export function useInvoices(filter: TContractFilter) {
  return usePaged([...invoicesKey, filter], (cursor, signal) => listInvoices(filter, cursor, signal));
}

/** After any write: both lists, wherever they are shown (card, deal page), load again. */
export function useRefreshContracts() {
  const client = useQueryClient();
  return useCallback(
    () => contractChangeKeys.forEach((queryKey) => void client.invalidateQueries({ queryKey })),
    [client],
  );
}

/**
 * What a form may link to: the customer's deals, then its contracts. The first page of each (the newest) is plenty
 * for a picker; own keys, since the lists keep paged data under theirs.
 */
export function useDealOptions(customerId: string) {
  const deals = useQuery({
    queryKey: [...dealsKey, 'options', customerId],
    queryFn: ({ signal }) => listDeals({ customerId }, null, signal),
  });
  return (deals.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.title} · ${d.number}` }));
}

export function useContractOptions(customerId: string) {
  const contracts = useQuery({
    queryKey: [...contractsKey, 'options', customerId],
    queryFn: ({ signal }) => listContracts({ customerId }, null, signal),
  });
  return contracts.data?.items ?? [];
}
