import { DeleteOutlined, DownOutlined, TagOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown, Flex, Typography } from 'antd';
import { useState } from 'react';
import { bulkCustomers, customersKey, undoBulk, type TBulkAction, type TBulkResult } from '../api/customers';
import { recycleBinKey } from '../api/recycle-bin';
import { useCan } from '../auth/session';
import { useT } from '../i18n/I18nProvider';
import { BulkValueModal } from './BulkValueModal';
import { customerErrorText } from './errors';

interface Props {
  ids: string[];
  onDone: () => void;
}

/** What can be done to the selected rows at once; every result offers an undo. */
export function BulkBar({ ids, onDone }: Props) {
  const t = useT();
  const b = t.customers.bulk;
  const can = useCan();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<Exclude<TBulkAction, 'delete'> | null>(null);

  function refresh() {
    void queryClient.invalidateQueries({ queryKey: customersKey });
    void queryClient.invalidateQueries({ queryKey: ['customer'] });
    void queryClient.invalidateQueries({ queryKey: recycleBinKey });
  }

  function announce(result: TBulkResult) {
    const key = `bulk-${result.batchId}`;
    const undo = async () => {
      message.destroy(key);
      try {
        const { restored } = await undoBulk(result.batchId);
        void message.success(b.undone(restored));
      } catch (error) {
        void message.error(customerErrorText(error, t));
      }
      refresh();
    };
    void message.success({
      key,
      duration: 8,
      content: (
        <span>
          {b.done(result.updated)}
          {result.skipped.length > 0 && b.skipped(result.skipped.length)}
          <Button type="link" size="small" onClick={() => void undo()}>
            {b.undo}
          </Button>
        </span>
      ),
    });
  }

  async function run(kind: TBulkAction, value?: string) {
    try {
      const result = await bulkCustomers(ids, kind, value);
      announce(result);
      onDone();
    } catch (error) {
      void message.error(customerErrorText(error, t));
      throw error;
    } finally {
      refresh();
    }
  }

  function confirmDelete() {
    modal.confirm({
      title: b.deleteTitle(ids.length),
      content: b.deleteContent,
      okText: b.delete,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: () => run('delete').catch(() => undefined),
    });
  }

  const more = {
    items: (['setType', 'setStatus', 'setStage'] as const).map((key) => ({ key, label: b[key] })),
    onClick: ({ key }: { key: string }) => setAction(key as 'setType'),
  };
  return (
    <Flex className="keyi-bulk-bar" align="center" gap={8} wrap role="toolbar" aria-label={b.more}>
      <Typography.Text strong>{t.customers.list.selected(ids.length)}</Typography.Text>
      <Button type="link" size="small" onClick={onDone}>
        {t.customers.list.clearSelection}
      </Button>
      <div style={{ flex: 1 }} />
      {can('customers.assign') && (
        <Button icon={<UserSwitchOutlined />} onClick={() => setAction('assign')}>
          {b.assign}
        </Button>
      )}
      <Button icon={<TagOutlined />} onClick={() => setAction('addTag')}>
        {b.addTag}
      </Button>
      <Button onClick={() => setAction('removeTag')}>{b.removeTag}</Button>
      <Dropdown menu={more}>
        <Button>
          {b.more} <DownOutlined />
        </Button>
      </Dropdown>
      <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
        {b.delete}
      </Button>
      {action && (
        <BulkValueModal
          action={action}
          count={ids.length}
          onCancel={() => setAction(null)}
          onSubmit={async (value) => {
            await run(action, value);
            setAction(null);
          }}
        />
      )}
    </Flex>
  );
}
