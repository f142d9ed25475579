import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { TCustomField } from '../../domain/custom-fields';
import {
  customFieldsKey,
  listCustomFields,
  retireCustomField,
  updateCustomField,
} from '../api/custom-fields';
import { LoadError } from '../components/LoadError';
import { SectionLoading } from '../components/PageLoading';
import { useIsPhone } from '../components/useIsPhone';
import { errorText } from '../forms/serverErrors';
import { useLocale, useT } from '../i18n/I18nProvider';
import { CustomFieldModal } from './CustomFieldModal';
import { MoveButtons } from './MoveButtons';
import { SettingsBlock } from './SettingsBlock';

/** 设置 → 自定义字段: the workspace's own customer fields, in the order the card and form show them. */
export function CustomFieldsSettings() {
  const t = useT();
  const c = t.customFields;
  const [locale] = useLocale();
  const isPhone = useIsPhone();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<TCustomField | 'new' | null>(null);
  const query = useQuery({ queryKey: customFieldsKey, queryFn: listCustomFields });

  const refresh = () => void queryClient.invalidateQueries({ queryKey: customFieldsKey });
  const onError = (error: unknown) => {
    refresh();
    void message.error(errorText(error, t));
  };
  const fields = [...(query.data?.items ?? [])].sort((a, b) => a.sort - b.sort);
  const label = (f: TCustomField) => f.labels[locale] || f.key;
  const move = useMutation({
    // Renumbers every field whose position changed, so fields that shared a sort number get their own.
    mutationFn: async ({ key, by }: { key: string; by: -1 | 1 }) => {
      const from = fields.findIndex((f) => f.key === key);
      const moved = [...fields];
      [moved[from], moved[from + by]] = [moved[from + by]!, moved[from]!];
      for (const [sort, f] of moved.entries())
        if (f.sort !== sort) await updateCustomField(f.key, { sort, version: f.version });
    },
    onSettled: refresh,
    onError,
  });
  const retire = useMutation({
    mutationFn: (field: TCustomField) => retireCustomField(field.key),
    onSuccess: (_, field) => {
      refresh();
      void message.success(c.removed(label(field)));
    },
    onError,
  });

  if (query.isError && !query.data)
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <SectionLoading />;
  const busy = move.isPending || retire.isPending;

  const details = (f: TCustomField) => (
    <Space size={4} wrap>
      <Tag bordered={false}>{c.types[f.type]}</Tag>
      {f.required && <Tag color="orange">{c.requiredTag}</Tag>}
      {f.options.map((o) => (
        <Tag key={o.key} style={o.archived ? { textDecoration: 'line-through', opacity: 0.6 } : undefined}>
          {o.labels[locale] || o.key}
        </Tag>
      ))}
    </Space>
  );
  const actions = (f: TCustomField, at: number) => (
    <Space size={4}>
      <MoveButtons
        name={label(f)}
        first={at === 0}
        last={at === fields.length - 1}
        disabled={busy}
        onMove={(by) => move.mutate({ key: f.key, by })}
      />
      <Button
        size="small"
        icon={<EditOutlined />}
        aria-label={`${t.common.edit} ${label(f)}`}
        onClick={() => setEditing(f)}
      >
        {isPhone ? null : t.common.edit}
      </Button>
      <Popconfirm
        title={c.removeConfirm(label(f))}
        description={<div style={{ maxWidth: 300 }}>{c.removeExplain}</div>}
        okText={t.common.delete}
        okButtonProps={{ danger: true }}
        cancelText={t.common.cancel}
        onConfirm={() => retire.mutate(f)}
      >
        <Button
          size="small"
          danger
          type="text"
          icon={<DeleteOutlined />}
          aria-label={`${c.remove} ${label(f)}`}
          disabled={busy}
        />
      </Popconfirm>
    </Space>
  );
  const addButton = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} block={isPhone}>
      {c.add}
    </Button>
  );

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {c.intro}
      </Typography.Paragraph>
      <SettingsBlock title={c.count(fields.length)} extra={isPhone ? undefined : addButton}>
        {isPhone ? (
          <>
            {fields.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={c.empty} />}
            {fields.map((f, at) => (
              <div key={f.key} style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}>
                <Flex justify="space-between" align="center" gap={8}>
                  <Typography.Text strong>{label(f)}</Typography.Text>
                  {actions(f, at)}
                </Flex>
                <div style={{ marginTop: 4 }}>{details(f)}</div>
              </div>
            ))}
            <div style={{ marginTop: 12 }}>{addButton}</div>
          </>
        ) : (
          <Table<TCustomField>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={fields}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={c.empty} /> }}
            columns={[
              {
                key: 'name',
                title: c.column,
                width: 220,
                render: (_, f) => (
                  <>
                    <Typography.Text strong>{label(f)}</Typography.Text>
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {f.key}
                    </Typography.Text>
                  </>
                ),
              },
              { key: 'details', title: c.details, render: (_, f) => details(f) },
              {
                key: 'actions',
                title: t.common.actions,
                align: 'right',
                width: 200,
                render: (_, f, at) => actions(f, at),
              },
            ]}
          />
        )}
      </SettingsBlock>
      {editing && (
        <CustomFieldModal
          field={editing === 'new' ? undefined : editing}
          takenKeys={fields.map((f) => f.key)}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
