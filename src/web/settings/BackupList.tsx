import { DeleteOutlined, DownloadOutlined, LockOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { TBackupFile, TBackupJob } from '../../domain/backup';
import { backupFileUrl, removeBackup } from '../api/backups';
import { useSession } from '../auth/session';
import { useIsPhone } from '../components/useIsPhone';
import { formatSize } from '../follow-ups/FollowUpAttachments';
import { errorText } from '../forms/serverErrors';
import { formatDateTime } from '../i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';
import { RestoreModal } from './RestoreModal';

/** The backups in the data folder, newest first: a table on desktops, cards on phones. */
export function BackupList(props: {
  backups: TBackupFile[];
  busy: boolean;
  onChanged: () => void;
  onRestoreStarted: (job: TBackupJob) => void;
}) {
  const { backups, busy, onChanged, onRestoreStarted } = props;
  const t = useT();
  const b = t.backups;
  const [locale] = useLocale();
  const { workspace } = useSession();
  const isPhone = useIsPhone();
  const { modal, message } = App.useApp();
  const [restoring, setRestoring] = useState<TBackupFile | null>(null);

  const confirmRemove = (backup: TBackupFile) =>
    modal.confirm({
      title: b.removeTitle,
      content: b.removeContent,
      okText: b.remove,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: async () => {
        try {
          await removeBackup(backup.name);
          void message.success(b.removed);
          onChanged();
        } catch (error) {
          void message.error(errorText(error, t));
        }
      },
    });

  const when = (backup: TBackupFile) => formatDateTime(backup.createdAt, locale, workspace.timeZone);
  const kind = (backup: TBackupFile) => (
    <Flex gap={4} wrap>
      <Tag>{b.kinds[backup.kind] ?? backup.kind}</Tag>
      {backup.encrypted && (
        <Tag icon={<LockOutlined />} color="green">
          {b.encrypted}
        </Tag>
      )}
    </Flex>
  );
  const actions = (backup: TBackupFile) => (
    <Flex gap={8} wrap={isPhone}>
      <Button size="small" icon={<DownloadOutlined />} href={backupFileUrl(backup.name)} download>
        {b.download}
      </Button>
      <Button size="small" icon={<UndoOutlined />} disabled={busy} onClick={() => setRestoring(backup)}>
        {b.restore}
      </Button>
      <Button
        size="small"
        danger
        icon={<DeleteOutlined />}
        disabled={busy}
        onClick={() => confirmRemove(backup)}
      >
        {b.remove}
      </Button>
    </Flex>
  );

  const columns: TableColumnsType<TBackupFile> = [
    { key: 'createdAt', title: b.columns.createdAt, width: 170, render: (_, r) => when(r) },
    { key: 'kind', title: b.columns.kind, width: 170, render: (_, r) => kind(r) },
    { key: 'size', title: b.columns.size, width: 100, align: 'right', render: (_, r) => formatSize(r.bytes) },
    { key: 'actions', title: b.columns.actions, width: 290, render: (_, r) => actions(r) },
  ];

  const list = isPhone ? (
    backups.length === 0 ? (
      <Empty description={b.empty} />
    ) : (
      <Flex vertical gap={12} style={{ marginBottom: 16 }}>
        {backups.map((backup) => (
          <Card key={backup.name} size="small">
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong>{when(backup)}</Typography.Text>
              <Typography.Text type="secondary">{formatSize(backup.bytes)}</Typography.Text>
            </Flex>
            <div style={{ margin: '8px 0' }}>{kind(backup)}</div>
            {actions(backup)}
          </Card>
        ))}
      </Flex>
    )
  ) : (
    <Table<TBackupFile>
      rowKey="name"
      columns={columns}
      dataSource={backups}
      pagination={false}
      scroll={{ x: 720 }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={b.empty} /> }}
    />
  );
  return (
    <>
      {list}
      {restoring && (
        <RestoreModal
          backup={restoring}
          onClose={() => setRestoring(null)}
          onStarted={(job) => {
            setRestoring(null);
            onRestoreStarted(job);
          }}
        />
      )}
    </>
  );
}
