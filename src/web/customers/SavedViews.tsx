import { AppstoreOutlined, DeleteOutlined, DownOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import type { TCustomerQuery } from '../api/customers';
import { deleteSavedView, listSavedViews, savedViewsKey, type TSavedView } from '../api/saved-views';
import { useT } from '../i18n/I18nProvider';
import { customerErrorText } from './errors';
import { SaveViewModal } from './SaveViewModal';

interface Props {
  query: TCustomerQuery;
  columns: readonly string[];
  activeId: string | null;
  onApply: (view: TSavedView | null) => void;
  compact?: boolean;
}

/** Saved views (mine and shared) as a dropdown, with "save current view" at the bottom. */
export function SavedViews({ query, columns, activeId, onApply, compact }: Props) {
  const t = useT();
  const v = t.customers.views;
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [saving, setSaving] = useState(false);
  const views = useQuery({
    queryKey: savedViewsKey('customers'),
    queryFn: () => listSavedViews('customers'),
    retry: false,
    staleTime: 30_000,
  });
  const remove = useMutation({
    mutationFn: (view: TSavedView) => deleteSavedView(view.id),
    onSuccess: (_, view) => {
      void message.success(v.removed);
      void queryClient.invalidateQueries({ queryKey: savedViewsKey('customers') });
      if (view.id === activeId) onApply(null);
    },
    onError: (error) => void message.error(customerErrorText(error, t)),
  });

  const items = views.data?.items ?? [];
  const active = items.find((view) => view.id === activeId);
  const entry = (view: TSavedView): NonNullable<MenuProps['items']>[number] => ({
    key: view.id,
    label: (
      <span className="keyi-view-item">
        <span>{view.name}</span>
        {view.mine ? (
          <DeleteOutlined
            aria-label={v.remove}
            className="keyi-view-remove"
            onClick={(e) => {
              e.stopPropagation();
              modal.confirm({
                title: v.removeTitle(view.name),
                okButtonProps: { danger: true },
                onOk: () => remove.mutateAsync(view),
              });
            }}
          />
        ) : (
          <span className="keyi-view-owner">{v.by(view.owner.name)}</span>
        )}
      </span>
    ),
  });
  const mine = items.filter((view) => view.mine);
  const shared = items.filter((view) => !view.mine);
  const menu: MenuProps['items'] = [
    { key: '__all', label: v.all },
    ...(views.isError ? [{ key: '__error', label: v.unavailable, disabled: true }] : []),
    ...(mine.length
      ? [{ type: 'group' as const, key: 'mine', label: v.mine, children: mine.map(entry) }]
      : []),
    ...(shared.length
      ? [{ type: 'group' as const, key: 'shared', label: v.shared, children: shared.map(entry) }]
      : []),
    ...(views.isSuccess && items.length === 0 ? [{ key: '__empty', label: v.empty, disabled: true }] : []),
    { type: 'divider' as const },
    { key: '__save', icon: <SaveOutlined />, label: v.save },
  ];

  function onClick({ key }: { key: string }) {
    if (key === '__save') setSaving(true);
    else if (key === '__all') onApply(null);
    else {
      const view = items.find((item) => item.id === key);
      if (view) onApply(view);
    }
  }

  return (
    <>
      <Dropdown menu={{ items: menu, onClick, selectedKeys: [activeId ?? '__all'] }} trigger={['click']}>
        <Button icon={<AppstoreOutlined />} aria-label={v.button}>
          {!compact && <span className="keyi-view-name">{active?.name ?? v.all}</span>}
          <DownOutlined />
        </Button>
      </Dropdown>
      {saving && (
        <SaveViewModal
          query={query}
          columns={columns}
          onClose={() => setSaving(false)}
          onSaved={(view) => onApply(view)}
        />
      )}
    </>
  );
}
