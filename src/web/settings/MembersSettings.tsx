import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { TUser } from '../../domain/user';
import { recycleBinKey } from '../api/recycle-bin';
import { deleteUser, usersKey } from '../api/users';
import { useCan, useSession } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { useDebounced } from '../components/useDebounced';
import { useIsPhone } from '../components/useIsPhone';
import { errorText } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';
import { MemberCards } from './MemberCards';
import { MemberFormModal } from './MemberFormModal';
import { MemberTable } from './MemberTable';
import { ResetPasswordModal } from './ResetPasswordModal';
import { SettingsBlock } from './SettingsBlock';
import { useMembers } from './useMembers';

export function MembersSettings() {
  const t = useT();
  const can = useCan();
  const isPhone = useIsPhone();
  const { user: self } = useSession();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const [q, setQ] = useState('');
  const members = useMembers(useDebounced(q.trim(), 250));
  const [editing, setEditing] = useState<TUser | 'new' | null>(null);
  const [resetting, setResetting] = useState<TUser | null>(null);
  const canManage = can('users.manage');
  // Search results link here with ?focus=<id>: highlight that member and bring them into view.
  const focusId = useSearchParams()[0].get('focus');
  const focusLoaded = members.items.some((u) => u.id === focusId);
  useEffect(() => {
    if (focusLoaded)
      document.querySelector('.keyi-focus')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [focusId, focusLoaded]);

  function confirmRemove(user: TUser) {
    modal.confirm({
      title: t.members.removeTitle(user.name),
      content: t.members.removeContent,
      okText: t.members.removeOk,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: async () => {
        try {
          await deleteUser(user.id);
          void message.success(t.members.removed);
          void queryClient.invalidateQueries({ queryKey: usersKey });
          void queryClient.invalidateQueries({ queryKey: recycleBinKey });
        } catch (error) {
          void message.error(errorText(error, t));
        }
      },
    });
  }

  const handlers = { onEdit: setEditing, onResetPassword: setResetting, onRemove: confirmRemove };
  const listProps = {
    users: members.items,
    selfId: self.id,
    canManage,
    focusId,
    loading: members.isFetching && !members.isFetchingNextPage,
  };

  return (
    <SettingsBlock plain>
      {!canManage && <Alert type="info" showIcon title={t.members.readOnly} style={{ marginBottom: 16 }} />}
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
        <Input
          prefix={<SearchOutlined />}
          placeholder={t.members.searchPlaceholder}
          aria-label={t.members.searchPlaceholder}
          allowClear
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ width: isPhone ? '100%' : 280 }}
        />
        <Flex
          align="center"
          gap={12}
          style={isPhone ? { width: '100%', justifyContent: 'space-between' } : undefined}
        >
          <Typography.Text type="secondary">{t.members.count(members.total)}</Typography.Text>
          {canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t.members.add}
            </Button>
          )}
        </Flex>
      </Flex>
      {members.isError && !members.data ? (
        <LoadError error={members.error} onRetry={() => void members.refetch()} />
      ) : isPhone ? (
        <MemberCards {...listProps} {...handlers} />
      ) : (
        <MemberTable {...listProps} {...handlers} />
      )}
      {members.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void members.fetchNextPage()} loading={members.isFetchingNextPage}>
            {t.common.loadMore}
          </Button>
        </Flex>
      )}
      {editing && (
        <MemberFormModal
          user={editing === 'new' ? undefined : editing}
          selfId={self.id}
          onClose={() => setEditing(null)}
        />
      )}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </SettingsBlock>
  );
}
