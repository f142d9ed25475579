import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, Spin, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { TApiToken, TCreatedApiToken } from '../../domain/api-token';
import { apiTokensKey, listApiTokens, revokeApiToken } from '../api/api-tokens';
import { useCan, useSession } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { useIsPhone } from '../components/useIsPhone';
import { errorText } from '../forms/serverErrors';
import { formatDateTime } from '../i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';
import { CreatedTokenModal } from './CreatedTokenModal';
import { CreateTokenModal } from './CreateTokenModal';
import { SettingsBlock } from './SettingsBlock';

export function ApiTokensSettings() {
  const t = useT();
  const [locale] = useLocale();
  const can = useCan();
  const isPhone = useIsPhone();
  const { workspace } = useSession();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const tokens = useQuery({ queryKey: apiTokensKey, queryFn: listApiTokens });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<TCreatedApiToken | null>(null);
  const canCreate = can('apiTokens.create');
  const date = (iso: string | null, empty: string) =>
    iso ? formatDateTime(iso, locale, workspace.timeZone) : empty;

  function confirmRevoke(token: TApiToken) {
    modal.confirm({
      title: t.apiTokens.revokeTitle(token.name),
      content: t.apiTokens.revokeContent,
      okText: t.apiTokens.revoke,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: async () => {
        try {
          await revokeApiToken(token.id);
          void message.success(t.apiTokens.revoked);
          void queryClient.invalidateQueries({ queryKey: apiTokensKey });
        } catch (error) {
          void message.error(errorText(error, t));
        }
      },
    });
  }

  const prefix = (tk: TApiToken) => <Typography.Text code>{tk.prefix}…</Typography.Text>;
  const revoke = (tk: TApiToken) => (
    <Button size="small" danger icon={<DeleteOutlined />} onClick={() => confirmRevoke(tk)}>
      {t.apiTokens.revoke}
    </Button>
  );
  const columns: TableColumnsType<TApiToken> = [
    { key: 'name', title: t.apiTokens.name, dataIndex: 'name' },
    { key: 'prefix', title: t.apiTokens.prefix, render: (_, tk) => prefix(tk) },
    { key: 'createdAt', title: t.apiTokens.createdAt, render: (_, tk) => date(tk.createdAt, '') },
    {
      key: 'lastUsedAt',
      title: t.apiTokens.lastUsedAt,
      render: (_, tk) => date(tk.lastUsedAt, t.apiTokens.neverUsed),
    },
    { key: 'actions', title: t.common.actions, width: 120, render: (_, tk) => revoke(tk) },
  ];
  const items = tokens.data?.items ?? [];

  let list;
  if (tokens.isError) list = <LoadError error={tokens.error} onRetry={() => void tokens.refetch()} />;
  else if (!isPhone)
    list = (
      <Table<TApiToken>
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={tokens.isPending}
        pagination={false}
        scroll={{ x: 680 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.apiTokens.empty} /> }}
      />
    );
  else if (tokens.isPending) list = <Spin style={{ display: 'block', padding: 32 }} />;
  else if (items.length === 0) list = <Empty description={t.apiTokens.empty} />;
  else
    list = (
      <Flex vertical gap={12}>
        {items.map((tk) => (
          <Card key={tk.id} size="small">
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong ellipsis>
                {tk.name}
              </Typography.Text>
              {prefix(tk)}
            </Flex>
            <Typography.Text
              type="secondary"
              style={{ display: 'block', fontSize: 13, margin: '6px 0 10px' }}
            >
              {t.apiTokens.lastUsedLine(date(tk.lastUsedAt, t.apiTokens.neverUsed))}
            </Typography.Text>
            {revoke(tk)}
          </Card>
        ))}
      </Flex>
    );

  return (
    <SettingsBlock plain>
      <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0, flex: '1 1 280px' }}>
          {t.apiTokens.description}{' '}
          <Typography.Text code>Authorization: Bearer &lt;token&gt;</Typography.Text>
        </Typography.Paragraph>
        {canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t.apiTokens.create}
          </Button>
        )}
      </Flex>
      {!canCreate && (
        <Alert type="info" showIcon title={t.apiTokens.cannotCreate} style={{ marginBottom: 16 }} />
      )}
      {list}
      {creating && (
        <CreateTokenModal
          onClose={() => setCreating(false)}
          onCreated={(token) => {
            setCreating(false);
            setCreated(token);
          }}
        />
      )}
      {created && <CreatedTokenModal token={created} onClose={() => setCreated(null)} />}
    </SettingsBlock>
  );
}
