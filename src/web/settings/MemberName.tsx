import { Flex, Tag, Typography } from 'antd';
import type { TUser } from '../../domain/user';
import { UserAvatar } from '../components/UserMenu';
import { useT } from '../i18n/I18nProvider';

export function MemberName({ user, isSelf }: { user: TUser; isSelf: boolean }) {
  const t = useT();
  return (
    <Flex gap={10} align="center" style={{ minWidth: 0 }}>
      <UserAvatar name={user.name} size={32} />
      <Typography.Text strong ellipsis>
        {user.name}
      </Typography.Text>
      {isSelf && <Tag style={{ marginInlineEnd: 0 }}>{t.members.you}</Tag>}
    </Flex>
  );
}
