import { DeleteOutlined, EditOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Tag, Typography } from 'antd';
import type { TChannel, TTestOutcome } from '../../domain/notification';
import { channelsKey, deleteChannel, deliveriesKey, testChannel } from '../api/notifications';
import { errorText } from '../forms/serverErrors';
import { lookup, useT } from '../i18n/I18nProvider';

/** One channel: where it sends, what it receives, and a test button that shows the outcome right there. */
export function ChannelCard({ channel, onEdit }: { channel: TChannel; onEdit: () => void }) {
  const t = useT();
  const words = t.notifications.settings;
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const test = useMutation<TTestOutcome>({
    mutationFn: () => testChannel(channel.id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: deliveriesKey }),
  });
  const kinds = channel.kinds.map((k) => lookup(t.notifications.kinds, k) ?? k);

  function confirmDelete() {
    modal.confirm({
      title: words.deleteTitle(channel.name),
      content: words.deleteContent,
      okText: words.delete,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: async () => {
        try {
          await deleteChannel(channel.id);
          void message.success(words.deleted);
          void queryClient.invalidateQueries({ queryKey: channelsKey });
        } catch (error) {
          void message.error(errorText(error, t));
        }
      },
    });
  }

  const outcome = test.data;
  return (
    <Card size="small">
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text strong ellipsis>
          {channel.name}
        </Typography.Text>
        <Flex gap={4}>
          {!channel.enabled && <Tag>{words.disabled}</Tag>}
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>
            {t.notifications.channelKinds[channel.kind]}
          </Tag>
        </Flex>
      </Flex>
      <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 13, marginTop: 4 }}>
        {channel.target}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
        {kinds.length ? words.receives(kinds) : words.receivesNothing}
      </Typography.Text>
      {outcome && (
        <Alert
          style={{ marginTop: 8 }}
          type={outcome.ok ? 'success' : 'error'}
          showIcon
          title={outcome.ok ? words.testOk : words.testFailed}
          description={outcome.error?.message}
        />
      )}
      {test.isError && (
        <Alert style={{ marginTop: 8 }} type="error" showIcon title={errorText(test.error, t)} />
      )}
      <Flex gap={8} wrap style={{ marginTop: 10 }}>
        <Button size="small" icon={<SendOutlined />} loading={test.isPending} onClick={() => test.mutate()}>
          {words.sendTest}
        </Button>
        <Button size="small" icon={<EditOutlined />} onClick={onEdit}>
          {words.edit}
        </Button>
        <Button size="small" danger icon={<DeleteOutlined />} onClick={confirmDelete}>
          {words.delete}
        </Button>
      </Flex>
    </Card>
  );
}
