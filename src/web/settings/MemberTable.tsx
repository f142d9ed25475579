import { Table, type TableColumnsType } from 'antd';
import type { TUser } from '../../domain/user';
import { useT } from '../i18n/I18nProvider';
import { LastLogin } from './LastLogin';
import { MemberActions, type TMemberActionHandlers } from './MemberActions';
import { MemberName } from './MemberName';
import { RoleTag } from './RoleTag';

interface Props extends TMemberActionHandlers {
  users: TUser[];
  selfId: string;
  canManage: boolean;
  loading: boolean;
  focusId: string | null;
}

export function MemberTable({ users, selfId, canManage, loading, focusId, ...handlers }: Props) {
  const t = useT();
  const columns: TableColumnsType<TUser> = [
    {
      key: 'name',
      title: t.members.name,
      render: (_, u) => <MemberName user={u} isSelf={u.id === selfId} />,
    },
    { key: 'login', title: t.members.login, dataIndex: 'login' },
    { key: 'role', title: t.members.role, width: 120, render: (_, u) => <RoleTag role={u.role} /> },
    {
      key: 'lastLogin',
      title: t.members.lastLogin,
      width: 160,
      render: (_, u) => <LastLogin at={u.lastLoginAt} />,
    },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      title: t.common.actions,
      width: 280,
      render: (_, u) => <MemberActions user={u} selfId={selfId} {...handlers} />,
    });
  }
  return (
    <Table<TUser>
      rowKey="id"
      columns={columns}
      dataSource={users}
      loading={loading}
      pagination={false}
      rowClassName={(u) => (u.id === focusId ? 'keyi-focus' : '')}
      scroll={{ x: 760 }}
      locale={{ emptyText: t.members.empty }}
    />
  );
}
