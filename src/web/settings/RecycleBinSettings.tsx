import { DeleteOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { TDeletedRecord } from '../api/recycle-bin';
import { useCan, useSession } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { useIsPhone } from '../components/useIsPhone';
import { formatDateTime } from '../i18n/format';
import { lookup, useLocale, useT } from '../i18n/I18nProvider';
import { SettingsBlock } from './SettingsBlock';
import { useDeletedRecords, useRecycleBinActions } from './useDeletedRecords';

export function RecycleBinSettings() {
  const t = useT();
  const [locale] = useLocale();
  const can = useCan();
  const isPhone = useIsPhone();
  const { workspace } = useSession();
  const records = useDeletedRecords();
  const { restore, confirmPurge } = useRecycleBinActions();
  const canPurge = can('recycleBin.purge');

  const typeTag = (r: TDeletedRecord) => <Tag>{lookup(t.recycleBin.types, r.type) ?? r.type}</Tag>;
  const when = (r: TDeletedRecord) => formatDateTime(r.deletedAt, locale, workspace.timeZone);
  const actions = (r: TDeletedRecord) => (
    <Flex gap={8} wrap>
      <Button
        size="small"
        icon={<UndoOutlined />}
        loading={restore.isPending && restore.variables.id === r.id}
        onClick={() => restore.mutate(r)}
      >
        {t.recycleBin.restore}
      </Button>
      {canPurge && (
        <Button size="small" danger icon={<DeleteOutlined />} onClick={() => confirmPurge(r)}>
          {t.recycleBin.purge}
        </Button>
      )}
    </Flex>
  );

  const columns: TableColumnsType<TDeletedRecord> = [
    { key: 'type', title: t.recycleBin.type, width: 100, render: (_, r) => typeTag(r) },
    { key: 'title', title: t.recycleBin.title, dataIndex: 'title' },
    { key: 'deletedAt', title: t.recycleBin.deletedAt, width: 180, render: (_, r) => when(r) },
    {
      key: 'deletedBy',
      title: t.recycleBin.deletedBy,
      width: 140,
      render: (_, r) => r.deletedBy?.name ?? t.common.none,
    },
    { key: 'actions', title: t.common.actions, width: 220, render: (_, r) => actions(r) },
  ];

  let list;
  if (records.isError && !records.data)
    list = <LoadError error={records.error} onRetry={() => void records.refetch()} />;
  else if (!isPhone)
    list = (
      <Table<TDeletedRecord>
        rowKey={(r) => `${r.type}:${r.id}`}
        columns={columns}
        dataSource={records.items}
        loading={records.isPending}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.recycleBin.empty} />,
        }}
      />
    );
  else if (records.isPending) list = <Spin style={{ display: 'block', padding: 32 }} />;
  else if (records.items.length === 0) list = <Empty description={t.recycleBin.empty} />;
  else
    list = (
      <Flex vertical gap={12}>
        {records.items.map((r) => (
          <Card key={`${r.type}:${r.id}`} size="small">
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong ellipsis>
                {r.title}
              </Typography.Text>
              {typeTag(r)}
            </Flex>
            <Typography.Text
              type="secondary"
              style={{ display: 'block', fontSize: 13, margin: '6px 0 10px' }}
            >
              {when(r)} · {r.deletedBy?.name ?? t.common.none}
            </Typography.Text>
            {actions(r)}
          </Card>
        ))}
      </Flex>
    );

  return (
    <SettingsBlock plain>
      <Typography.Paragraph type="secondary">{t.recycleBin.description}</Typography.Paragraph>
      {list}
      {records.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void records.fetchNextPage()} loading={records.isFetchingNextPage}>
            {t.common.loadMore}
          </Button>
        </Flex>
      )}
    </SettingsBlock>
  );
}
