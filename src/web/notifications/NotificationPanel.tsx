import { Button, Empty, Spin, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { TNotification } from '../../domain/notification';
import { LoadError } from '../components/LoadError';
import { fromNow } from '../i18n/format';
import { lookup, useT } from '../i18n/I18nProvider';
import type { useBell } from './useBell';

type Bell = ReturnType<typeof useBell>;

export function MarkAllRead({ bell }: { bell: Bell }) {
  const t = useT();
  return (
    <Button
      type="link"
      size="small"
      disabled={bell.unread === 0}
      loading={bell.markRead.isPending}
      onClick={() => bell.markRead.mutate(undefined)}
    >
      {t.notifications.markAllRead}
    </Button>
  );
}

/** The list of notifications: unread ones marked; opening one marks it read and follows its link. */
export function NotificationPanel({ bell, onNavigate }: { bell: Bell; onNavigate: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const { query, items } = bell;

  function open(n: TNotification) {
    if (!n.readAt) bell.markRead.mutate([n.id]);
    if (!n.link) return;
    onNavigate();
    if (n.link.startsWith('/')) void navigate(n.link);
    else window.open(n.link, '_blank', 'noopener');
  }

  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Spin style={{ display: 'block', padding: 32 }} />;
  if (items.length === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t.notifications.empty}
        style={{ padding: 24 }}
      />
    );
  return (
    <div>
      <ul className="keyi-bell-list">
        {items.map((n) => (
          <li key={n.id}>
            <button
              type="button"
              className={n.readAt ? 'keyi-bell-item' : 'keyi-bell-item keyi-bell-unread'}
              onClick={() => open(n)}
            >
              <Typography.Text strong={!n.readAt} ellipsis style={{ display: 'block' }}>
                {n.title}
              </Typography.Text>
              {n.body && (
                <Typography.Paragraph
                  type="secondary"
                  ellipsis={{ rows: 2 }}
                  style={{ margin: 0, fontSize: 13 }}
                >
                  {n.body}
                </Typography.Paragraph>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {lookup(t.notifications.kinds, n.kind) ?? n.kind} · {fromNow(n.createdAt)}
              </Typography.Text>
            </button>
          </li>
        ))}
      </ul>
      {query.hasNextPage && (
        <Button
          type="link"
          block
          loading={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {t.notifications.more}
        </Button>
      )}
    </div>
  );
}
