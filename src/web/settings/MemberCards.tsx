import { Card, Empty, Flex, Spin, Typography } from 'antd';
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

/** Phones get one card per member instead of a table that would scroll sideways. */
export function MemberCards({ users, selfId, canManage, loading, focusId, ...handlers }: Props) {
  const t = useT();
  if (users.length === 0) {
    return loading ? (
      <Spin style={{ display: 'block', padding: 32 }} />
    ) : (
      <Empty description={t.members.empty} />
    );
  }
  return (
    <Flex vertical gap={12}>
      {users.map((u) => (
        <Card key={u.id} size="small" className={u.id === focusId ? 'keyi-focus' : undefined}>
          <Flex justify="space-between" align="center" gap={8}>
            <MemberName user={u} isSelf={u.id === selfId} />
            <RoleTag role={u.role} />
          </Flex>
          <Flex justify="space-between" gap={8} style={{ marginTop: 8, fontSize: 13 }}>
            <Typography.Text type="secondary" ellipsis>
              {u.login}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ flex: 'none' }}>
              <LastLogin at={u.lastLoginAt} />
            </Typography.Text>
          </Flex>
          {canManage && (
            <div style={{ marginTop: 12 }}>
              <MemberActions user={u} selfId={selfId} block {...handlers} />
            </div>
          )}
        </Card>
      ))}
    </Flex>
  );
}
