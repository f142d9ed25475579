import { useQuery } from '@tanstack/react-query';
import { listUsers, usersKey } from '../api/users';
import { useCan } from '../auth/session';

/** Members as owner options (up to 200: a bigger team types to narrow the select). */
export function useMemberOptions() {
  const can = useCan();
  const query = useQuery({
    queryKey: [...usersKey, 'options'],
    queryFn: () => listUsers({ limit: 200 }),
    enabled: can('users.read'),
    staleTime: 60_000,
  });
  return (query.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
}
