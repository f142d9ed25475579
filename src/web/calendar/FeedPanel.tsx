import { CopyOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Flex, Input, Popconfirm, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import {
  calendarFeedKey,
  createCalendarFeed,
  getCalendarFeed,
  revokeCalendarFeed,
  type TCalendarFeed,
} from '../api/calendar';
import { copyText } from '../components/copyText';
import { useIsPhone } from '../components/useIsPhone';
import { errorText } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';

export function useCalendarFeed() {
  return useQuery({ queryKey: calendarFeedKey, queryFn: getCalendarFeed, staleTime: 60_000 });
}

/**
 * 订阅到手机日历: a private ICS link the phone's own calendar polls. The server shows the link once, when made
 * (it works like a password), so this keeps it only in memory until the panel closes.
 */
export function FeedPanel() {
  const t = useT();
  const f = t.calendar.feed;
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const client = useQueryClient();
  const feed = useCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: createCalendarFeed,
    onSuccess: (made) => {
      setUrl(made.url);
      client.setQueryData<TCalendarFeed>(calendarFeedKey, { active: true, url: null });
      void message.success(f.created);
    },
    onError: (error) => void message.error(errorText(error, t)),
  });
  const revoke = useMutation({
    mutationFn: revokeCalendarFeed,
    onSuccess: () => {
      setUrl(null);
      client.setQueryData<TCalendarFeed>(calendarFeedKey, { active: false, url: null });
      void message.success(f.revoked);
    },
    onError: (error) => void message.error(errorText(error, t)),
  });

  async function copy(text: string) {
    const ok = await copyText(text);
    if (ok) void message.success(t.common.copied);
    else void message.error(t.common.copyFailed);
  }

  if (feed.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  const active = feed.data?.active ?? false;

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {f.intro}
      </Typography.Paragraph>
      <Badge status={active ? 'success' : 'default'} text={active ? f.active : f.inactive} />
      {url ? (
        <Flex vertical gap={8}>
          <Typography.Text strong>{f.urlLabel}</Typography.Text>
          <Flex gap={8}>
            <Input readOnly value={url} onFocus={(e) => e.target.select()} aria-label={f.urlLabel} />
            <Button type="primary" icon={<CopyOutlined />} onClick={() => void copy(url)}>
              {t.common.copy}
            </Button>
          </Flex>
          {isPhone && (
            // webcal:// hands the link straight to the phone's calendar app (iPhone asks to subscribe).
            <Button block href={url.replace(/^https?:/, 'webcal:')}>
              {f.openInApp}
            </Button>
          )}
          <Alert type="warning" showIcon title={f.urlOnce} />
        </Flex>
      ) : (
        active && <Typography.Text type="secondary">{f.activeHint}</Typography.Text>
      )}
      <Flex gap={8} wrap>
        {active ? (
          <>
            <Popconfirm
              title={f.regenerateConfirm}
              okText={f.regenerate}
              cancelText={t.common.cancel}
              onConfirm={() => create.mutate()}
            >
              <Button loading={create.isPending}>{f.regenerate}</Button>
            </Popconfirm>
            <Popconfirm
              title={f.revokeConfirm}
              okText={f.revoke}
              okButtonProps={{ danger: true }}
              cancelText={t.common.cancel}
              onConfirm={() => revoke.mutate()}
            >
              <Button danger loading={revoke.isPending}>
                {f.revoke}
              </Button>
            </Popconfirm>
          </>
        ) : (
          <Button type="primary" loading={create.isPending} onClick={() => create.mutate()}>
            {f.create}
          </Button>
        )}
      </Flex>
      <div className="keyi-cal-howto">
        <Typography.Text strong>{f.howTo}</Typography.Text>
        <ul>
          <li>{f.iphone}</li>
          <li>{f.others}</li>
        </ul>
        <Typography.Text type="secondary">{f.refresh}</Typography.Text>
      </div>
    </Flex>
  );
}
