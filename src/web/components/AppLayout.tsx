import {
  EditOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  QuestionCircleOutlined,
} from '@ant-design/icons';
import { Button, FloatButton, Layout, Tooltip } from 'antd';
import { useCallback, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useCan } from '../auth/session';
import { QuickLogProvider, useQuickLog } from '../follow-ups/QuickLogContext';
import { useT } from '../i18n/I18nProvider';
import { NotificationBell } from '../notifications/NotificationBell';
import { BottomNav } from './BottomNav';
import { ErrorBoundary } from './ErrorBoundary';
import { GlobalSearch } from './GlobalSearch';
import { Logo } from './Logo';
import { ShortcutsHelp } from './ShortcutsHelp';
import { SideNav } from './SideNav';
import { useGlobalHotkeys } from './useGlobalHotkeys';
import { useIsPhone } from './useIsPhone';
import { UserMenu } from './UserMenu';

const COLLAPSED_KEY = 'keyi.siderCollapsed';

// Storage can be unavailable (private browsing); the sidebar then simply starts expanded.
function readCollapsed(): boolean {
  try {
    return localStorage.getItem(COLLAPSED_KEY) === '1';
  } catch {
    return false;
  }
}

function PageContent() {
  const { pathname } = useLocation();
  // Keyed by path: a page that crashed recovers as soon as the person navigates away.
  return (
    <ErrorBoundary key={pathname}>
      <Outlet />
    </ErrorBoundary>
  );
}

export function AppLayout() {
  return (
    <QuickLogProvider>
      <Shell />
    </QuickLogProvider>
  );
}

function Shell() {
  const t = useT();
  const can = useCan();
  const openQuickLog = useQuickLog();
  const isPhone = useIsPhone();
  const [searchOpen, setSearchOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(readCollapsed);
  const openSearch = useCallback(() => setSearchOpen(true), []);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const onLog = useCallback(() => {
    if (can('followUps.write')) openQuickLog();
  }, [can, openQuickLog]);
  useGlobalHotkeys({ onSearch: openSearch, onHelp: openHelp, onLog });

  function toggleCollapsed() {
    try {
      localStorage.setItem(COLLAPSED_KEY, collapsed ? '0' : '1');
    } catch {
      // Not remembered; still toggles.
    }
    setCollapsed(!collapsed);
  }

  const search = <GlobalSearch compact={isPhone} open={searchOpen} onOpenChange={setSearchOpen} />;
  const help = <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />;

  if (isPhone) {
    return (
      <div className="keyi-phone">
        <header className="keyi-phone-header">
          <Link to="/" aria-label={t.nav.home}>
            <Logo size={28} />
          </Link>
          <div className="keyi-phone-header-actions">
            {search}
            <NotificationBell />
          </div>
        </header>
        <main className="keyi-phone-content">
          <PageContent />
        </main>
        <BottomNav />
        {can('followUps.write') && (
          <FloatButton
            type="primary"
            icon={<EditOutlined />}
            tooltip={t.followUps.log}
            aria-label={t.followUps.log}
            className="keyi-log-fab"
            onClick={() => openQuickLog()}
          />
        )}
        {help}
      </div>
    );
  }

  return (
    <Layout className="keyi-desktop">
      <Layout.Sider
        theme="light"
        width={216}
        collapsedWidth={64}
        collapsed={collapsed}
        trigger={null}
        className="keyi-sider"
      >
        <Link to="/" className="keyi-sider-logo" aria-label={t.nav.home}>
          <Logo compact={collapsed} />
        </Link>
        <SideNav />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="keyi-header">
          <Tooltip title={collapsed ? t.header.expand : t.header.collapse}>
            <Button
              type="text"
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              aria-label={collapsed ? t.header.expand : t.header.collapse}
              onClick={toggleCollapsed}
            />
          </Tooltip>
          {search}
          <div style={{ flex: 1 }} />
          <NotificationBell />
          <Tooltip title={t.header.shortcuts}>
            <Button
              type="text"
              icon={<QuestionCircleOutlined />}
              aria-label={t.header.shortcuts}
              onClick={openHelp}
            />
          </Tooltip>
          <UserMenu onShowShortcuts={openHelp} />
        </Layout.Header>
        <Layout.Content className="keyi-content">
          <PageContent />
        </Layout.Content>
      </Layout>
      {help}
    </Layout>
  );
}
