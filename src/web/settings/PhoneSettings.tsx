import { LeftOutlined, LogoutOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../auth/session';
import { useLogout } from '../auth/useLogout';
import { PhoneModules } from '../components/PhoneModules';
import { usePageTitle } from '../components/usePageTitle';
import { UserAvatar } from '../components/UserMenu';
import { useT } from '../i18n/I18nProvider';
import type { TSettingsSection } from './sections';

/** "Me" on a phone: who I am, then one tappable row per settings section, then sign-out. */
export function PhoneSettingsHome({ sections }: { sections: TSettingsSection[] }) {
  const t = useT();
  const { user, workspace } = useSession();
  const logout = useLogout();
  usePageTitle(t.nav.mine);
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex gap={12} align="center">
          <UserAvatar name={user.name} size={48} />
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={5} style={{ margin: 0 }} ellipsis>
              {user.name}
            </Typography.Title>
            <Typography.Text type="secondary" ellipsis style={{ display: 'block' }}>
              {t.roles[user.role]} · {workspace.name}
            </Typography.Text>
          </div>
        </Flex>
      </Card>
      <PhoneModules />
      <Card styles={{ body: { padding: 0 } }}>
        <nav aria-label={t.settings.title}>
          {sections.map((s) => (
            <Link key={s.slug} to={`/settings/${s.slug}`} className="keyi-settings-row">
              <span className="keyi-settings-row-icon">{s.icon}</span>
              <span style={{ flex: 1, minWidth: 0 }}>
                <Typography.Text strong style={{ display: 'block' }}>
                  {t.settings.sections[s.key]}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t.settings.sectionHints[s.key]}
                </Typography.Text>
              </span>
              <RightOutlined style={{ color: 'var(--keyi-text-secondary)' }} />
            </Link>
          ))}
        </nav>
      </Card>
      <Button block size="large" danger icon={<LogoutOutlined />} onClick={() => void logout()}>
        {t.header.logout}
      </Button>
    </Flex>
  );
}

export function PhoneSettingsSection({ section }: { section: TSettingsSection }) {
  const t = useT();
  const navigate = useNavigate();
  const title = t.settings.sections[section.key];
  usePageTitle(title);
  return (
    <>
      <Flex align="center" gap={4} style={{ marginBottom: 12 }}>
        <Button
          type="text"
          icon={<LeftOutlined />}
          aria-label={t.common.back}
          onClick={() => void navigate('/settings')}
        />
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
      </Flex>
      <section.Component />
    </>
  );
}
