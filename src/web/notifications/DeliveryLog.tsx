import { ReloadOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Empty, Flex, Spin, Tag, Typography } from 'antd';
import type { TDelivery } from '../../domain/notification';
import { deliveriesKey, listDeliveries } from '../api/notifications';
import { useSession } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { formatDateTime } from '../i18n/format';
import { lookup, useLocale, useT } from '../i18n/I18nProvider';

const STATUS_COLORS: Record<TDelivery['status'], string> = {
  pending: 'gold',
  sending: 'processing',
  sent: 'success',
  failed: 'error',
};

/** The latest deliveries, each with where it went, how it went and, when it failed, what to fix. */
export function DeliveryLog({ admin }: { admin: boolean }) {
  const t = useT();
  const [locale] = useLocale();
  const { workspace } = useSession();
  const log = useInfiniteQuery({
    queryKey: deliveriesKey,
    queryFn: ({ pageParam }) => listDeliveries({ limit: 20, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const words = t.notifications.log;
  const when = (iso: string) => formatDateTime(iso, locale, workspace.timeZone);
  const items = log.data?.pages.flatMap((p) => p.items) ?? [];

  let body;
  if (log.isError) body = <LoadError error={log.error} onRetry={() => void log.refetch()} />;
  else if (log.isPending) body = <Spin style={{ display: 'block', padding: 24 }} />;
  else if (items.length === 0)
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={words.empty} />;
  else
    body = (
      <ul className="keyi-delivery-list">
        {items.map((d) => (
          <li key={d.id}>
            <Flex justify="space-between" gap={8} align="baseline" wrap>
              <Typography.Text strong ellipsis style={{ maxWidth: '100%' }}>
                {d.title}
              </Typography.Text>
              <Tag color={STATUS_COLORS[d.status]} style={{ marginInlineEnd: 0 }}>
                {words.statuses[d.status]}
              </Tag>
            </Flex>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
              {words.where(
                d.channel.name,
                lookup(t.notifications.channelKinds, d.channel.kind) ?? d.channel.kind,
                lookup(t.notifications.kinds, d.kind) ?? d.kind,
                when(d.sentAt ?? d.createdAt),
              )}
              {admin && d.user ? words.recipient(d.user.name) : ''}
            </Typography.Text>
            {d.error && (
              <Typography.Text type={d.status === 'failed' ? 'danger' : 'warning'} style={{ fontSize: 13 }}>
                {d.error.message}
                {words.retry(d.attempts, d.nextAttemptAt ? when(d.nextAttemptAt) : null)}
              </Typography.Text>
            )}
          </li>
        ))}
      </ul>
    );

  return (
    <div>
      <Flex justify="space-between" align="center" gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{words.hint(admin)}</Typography.Text>
        <Button
          size="small"
          icon={<ReloadOutlined />}
          onClick={() => void log.refetch()}
          loading={log.isRefetching}
        >
          {words.refresh}
        </Button>
      </Flex>
      {body}
      {log.hasNextPage && (
        <Button type="link" block loading={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
          {t.notifications.more}
        </Button>
      )}
    </div>
  );
}
