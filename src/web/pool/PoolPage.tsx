import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { TCustomer } from '../../domain/customer';
import { claimCustomer, listPool, poolKey } from '../api/pool';
import { customersKey } from '../api/customers';
import { useCan, useSession } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { errorText } from '../forms/serverErrors';
import { fromNow } from '../i18n/format';
import { useT } from '../i18n/I18nProvider';

/** 公海: customers without an owner, to be claimed (up to the workspace's limit per person). */
export function PoolPage() {
  const t = useT();
  const can = useCan();
  // A sales member sees only their own customers: a pool customer opens once claimed.
  const canOpen = useSession().user.role !== 'sales';
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const pool = useInfiniteQuery({
    queryKey: poolKey,
    queryFn: ({ pageParam, signal }) => listPool(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const claim = useMutation({
    mutationFn: (c: TCustomer) => claimCustomer(c.id),
    onSuccess: (c) => {
      void message.success(t.pool.claimed(c.name));
      void queryClient.invalidateQueries({ queryKey: poolKey });
      void queryClient.invalidateQueries({ queryKey: customersKey });
    },
    onError: (error) => {
      void message.error(errorText(error, t));
      void queryClient.invalidateQueries({ queryKey: poolKey });
    },
  });
  const items = pool.data?.pages.flatMap((p) => p.items) ?? [];
  const total = pool.data?.pages[0]?.total ?? 0;
  return (
    <>
      <PageHeader title={t.pool.title} subtitle={t.pool.subtitle} extra={<Tag>{t.pool.total(total)}</Tag>} />
      {pool.isError ? (
        <LoadError error={pool.error} onRetry={() => void pool.refetch()} />
      ) : (
        <Card size="small">
          <List
            loading={pool.isPending}
            dataSource={items}
            rowKey="id"
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.pool.empty} /> }}
            renderItem={(c) => (
              <List.Item
                actions={
                  can('customers.write')
                    ? [
                        <Button
                          key="claim"
                          type="primary"
                          size="small"
                          loading={claim.isPending && claim.variables?.id === c.id}
                          onClick={() => claim.mutate(c)}
                        >
                          {t.pool.claim}
                        </Button>,
                      ]
                    : []
                }
              >
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <Flex gap={6} align="center" wrap>
                    {canOpen ? (
                      <Link to={`/customers/${c.id}`}>{c.name}</Link>
                    ) : (
                      <Typography.Text>{c.name}</Typography.Text>
                    )}
                    {c.grade && <Tag>{c.grade}</Tag>}
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {[
                      c.city,
                      c.industry?.label,
                      `${t.pool.lastFollowUp} ${c.lastFollowUpAt ? fromNow(c.lastFollowUpAt) : t.pool.never}`,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
          {pool.hasNextPage && (
            <Flex justify="center">
              <Button onClick={() => void pool.fetchNextPage()} loading={pool.isFetchingNextPage}>
                {t.common.loadMore}
              </Button>
            </Flex>
          )}
        </Card>
      )}
    </>
  );
}
