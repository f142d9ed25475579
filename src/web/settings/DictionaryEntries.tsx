import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { TDictionary } from '../../domain/dictionaries';
import { dictionariesKey, updateDictEntry, type TDictEntry } from '../api/dictionaries';
import { useIsPhone } from '../components/useIsPhone';
import { errorText } from '../forms/serverErrors';
import { useLocale, useT } from '../i18n/I18nProvider';
import { DictionaryEntryModal } from './DictionaryEntryModal';
import { moveChanges, orderedEntries } from './dictionaryOrder';
import { MoveButtons } from './MoveButtons';

/** One dictionary's choices: add, rename, reorder, stop and use again. */
export function DictionaryEntries({
  dictionary,
  entries,
}: {
  dictionary: TDictionary;
  entries: TDictEntry[];
}) {
  const t = useT();
  const d = t.dictionaries;
  const [locale] = useLocale();
  const isPhone = useIsPhone();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<TDictEntry | 'new' | null>(null);
  const rows = orderedEntries(entries);
  const activeKeys = rows.filter((e) => !e.archived).map((e) => e.key);
  const label = (e: TDictEntry) => e.labels[locale] || e.key;

  const refresh = () => void queryClient.invalidateQueries({ queryKey: dictionariesKey });
  const onError = (error: unknown) => {
    refresh();
    void message.error(errorText(error, t));
  };
  const move = useMutation({
    mutationFn: async ({ key, by }: { key: string; by: -1 | 1 }) => {
      for (const { entry, sort } of moveChanges(entries, key, by))
        await updateDictEntry(dictionary, entry.key, { sort, version: entry.version });
    },
    onSettled: refresh,
    onError,
  });
  const toggle = useMutation({
    mutationFn: (entry: TDictEntry) =>
      updateDictEntry(dictionary, entry.key, { archived: !entry.archived, version: entry.version }),
    onSuccess: (saved) => {
      refresh();
      void message.success((saved.archived ? d.archivedDone : d.unarchivedDone)(label(saved)));
    },
    onError,
  });
  const busy = move.isPending || toggle.isPending;

  const name = (e: TDictEntry, text = label(e)) => (
    <Space size={6} wrap>
      {dictionary === 'tag' ? (
        <Tag color={e.color ?? undefined} style={{ marginInlineEnd: 0 }}>
          {text}
        </Tag>
      ) : (
        <Typography.Text type={e.archived ? 'secondary' : undefined}>{text}</Typography.Text>
      )}
      {e.code && <Tag bordered={false}>{e.code}</Tag>}
      {e.archived && <Tag>{d.archived}</Tag>}
    </Space>
  );
  const actions = (e: TDictEntry) => {
    const at = activeKeys.indexOf(e.key);
    return (
      <Space size={4}>
        {!e.archived && (
          <>
            <MoveButtons
              name={label(e)}
              first={at === 0}
              last={at === activeKeys.length - 1}
              disabled={busy}
              onMove={(by) => move.mutate({ key: e.key, by })}
            />
          </>
        )}
        <Button
          size="small"
          icon={<EditOutlined />}
          aria-label={`${t.common.edit} ${label(e)}`}
          onClick={() => setEditing(e)}
        >
          {isPhone ? null : t.common.edit}
        </Button>
        <Button size="small" disabled={busy} onClick={() => toggle.mutate(e)}>
          {e.archived ? d.unarchive : d.archive}
        </Button>
      </Space>
    );
  };

  const addButton = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} block={isPhone}>
      {d.add}
    </Button>
  );

  return (
    <>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {d.count(activeKeys.length, rows.length - activeKeys.length)}
        </Typography.Text>
        {!isPhone && addButton}
      </Flex>
      {isPhone ? (
        <>
          {rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={d.empty} />}
          {rows.map((e) => (
            <Flex
              key={e.key}
              align="center"
              justify="space-between"
              gap={8}
              style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}
            >
              <div style={{ minWidth: 0 }}>{name(e)}</div>
              {actions(e)}
            </Flex>
          ))}
          <div style={{ marginTop: 12 }}>{addButton}</div>
        </>
      ) : (
        <Table<TDictEntry>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={rows}
          locale={{ emptyText: d.empty }}
          columns={[
            {
              key: 'name',
              title: d.labelZh,
              render: (_, e) => name(e, e.labels['zh-CN']),
            },
            { key: 'en', title: d.labelEn, render: (_, e) => e.labels['en-US'] },
            { key: 'actions', title: t.common.actions, align: 'right', render: (_, e) => actions(e) },
          ]}
        />
      )}
      {rows.some((e) => e.archived) && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginTop: 8 }}>
          {d.archivedHint}
        </Typography.Paragraph>
      )}
      {editing && (
        <DictionaryEntryModal
          dictionary={dictionary}
          entry={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
