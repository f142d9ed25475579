import { DeleteOutlined, KeyOutlined, SettingOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Card } from 'antd';
import { Link } from 'react-router';
import { useCan } from '../auth/session';
import { useT } from '../i18n/I18nProvider';

export function QuickLinks() {
  const t = useT();
  const can = useCan();
  const links = [
    {
      path: '/settings/workspace',
      icon: <SettingOutlined />,
      label: t.settings.sections.workspace,
      show: can('workspace.read'),
    },
    {
      path: '/settings/members',
      icon: <TeamOutlined />,
      label: t.settings.sections.members,
      show: can('users.read'),
    },
    {
      path: '/settings/recycle-bin',
      icon: <DeleteOutlined />,
      label: t.settings.sections.recycleBin,
      show: can('recycleBin.read'),
    },
    { path: '/settings/api-tokens', icon: <KeyOutlined />, label: t.settings.sections.apiTokens, show: true },
    { path: '/settings/account', icon: <UserOutlined />, label: t.settings.sections.account, show: true },
  ].filter((link) => link.show);
  return (
    <Card title={t.home.quickLinks}>
      <div className="keyi-quick-links">
        {links.map((link) => (
          <Link key={link.path} to={link.path} className="keyi-quick-link">
            <span className="keyi-quick-link-icon">{link.icon}</span>
            <span>{link.label}</span>
          </Link>
        ))}
      </div>
    </Card>
  );
}
