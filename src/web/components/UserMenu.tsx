import {
  CheckOutlined,
  DownOutlined,
  GlobalOutlined,
  LogoutOutlined,
  QuestionCircleOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Avatar, Dropdown, Flex, Typography, type MenuProps } from 'antd';
import { useNavigate } from 'react-router';
import { LOCALES, type TLocale } from '../../domain/locale';
import { useSession } from '../auth/session';
import { useChangeLocale } from '../auth/useChangeLocale';
import { useLogout } from '../auth/useLogout';
import { useLocale, useT } from '../i18n/I18nProvider';

export function UserAvatar({ name, size = 32 }: { name: string; size?: number }) {
  return (
    <Avatar size={size} style={{ background: 'var(--keyi-brand)', flex: 'none' }}>
      {name.trim().slice(0, 1).toUpperCase() || <UserOutlined />}
    </Avatar>
  );
}

export function UserMenu({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const t = useT();
  const { user, workspace } = useSession();
  const [locale] = useLocale();
  const changeLocale = useChangeLocale();
  const logout = useLogout();
  const navigate = useNavigate();

  const items: MenuProps['items'] = [
    {
      key: 'account',
      icon: <UserOutlined />,
      label: t.header.account,
      onClick: () => navigate('/settings/account'),
    },
    { type: 'divider' },
    {
      // A flat group rather than a submenu: two choices, and submenus are fiddly on touch screens.
      key: 'language',
      type: 'group',
      label: t.header.language,
      children: LOCALES.map((l: TLocale) => ({
        key: `lang:${l}`,
        icon: <GlobalOutlined />,
        label: t.languages[l],
        extra: l === locale ? <CheckOutlined /> : undefined,
        onClick: () => changeLocale(l),
      })),
    },
    { type: 'divider' },
    {
      key: 'shortcuts',
      icon: <QuestionCircleOutlined />,
      label: t.header.shortcuts,
      onClick: onShowShortcuts,
    },
    { type: 'divider' },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: t.header.logout,
      danger: true,
      onClick: () => void logout(),
    },
  ];

  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      <button type="button" className="keyi-user-button" aria-label={t.header.account}>
        <UserAvatar name={user.name} />
        <Flex vertical align="flex-start" style={{ minWidth: 0, lineHeight: 1.3 }}>
          <Typography.Text strong ellipsis style={{ maxWidth: 140 }}>
            {user.name}
          </Typography.Text>
          <Typography.Text type="secondary" ellipsis style={{ maxWidth: 140, fontSize: 12 }}>
            {t.roles[user.role]} · {workspace.name}
          </Typography.Text>
        </Flex>
        <DownOutlined style={{ fontSize: 10, color: 'var(--keyi-text-secondary)' }} />
      </button>
    </Dropdown>
  );
}
