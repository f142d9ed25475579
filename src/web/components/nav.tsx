import {
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  FundOutlined,
  HomeOutlined,
  MessageOutlined,
  ProjectOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Messages } from '../i18n/zh-CN';

/** Modules that have a menu entry but no page yet; they show the "coming soon" page. */
export const UPCOMING_MODULES = ['followUps'] as const;
export type TUpcomingModule = (typeof UPCOMING_MODULES)[number];

export const MODULE_PATHS: Record<
  TUpcomingModule | 'customers' | 'tasks' | 'calendar' | 'deals' | 'projects' | 'analytics',
  string
> = {
  customers: '/customers',
  followUps: '/follow-ups',
  tasks: '/tasks',
  calendar: '/calendar',
  deals: '/deals',
  projects: '/projects',
  analytics: '/analytics',
};

export interface TNavItem {
  key: string;
  path: string;
  icon: ReactNode;
  label: string;
}

export function sideNavItems(t: Messages): TNavItem[] {
  return [
    { key: 'home', path: '/', icon: <HomeOutlined />, label: t.nav.home },
    { key: 'customers', path: MODULE_PATHS.customers, icon: <TeamOutlined />, label: t.nav.customers },
    { key: 'followUps', path: MODULE_PATHS.followUps, icon: <MessageOutlined />, label: t.nav.followUps },
    { key: 'tasks', path: MODULE_PATHS.tasks, icon: <CheckSquareOutlined />, label: t.nav.tasks },
    // Side nav only: phones reach the calendar from the tasks page, keeping the bottom bar at five.
    { key: 'calendar', path: MODULE_PATHS.calendar, icon: <CalendarOutlined />, label: t.calendar.title },
    { key: 'deals', path: MODULE_PATHS.deals, icon: <FundOutlined />, label: t.nav.deals },
    { key: 'projects', path: MODULE_PATHS.projects, icon: <ProjectOutlined />, label: t.nav.projects },
    { key: 'analytics', path: MODULE_PATHS.analytics, icon: <BarChartOutlined />, label: t.nav.analytics },
    { key: 'settings', path: '/settings', icon: <SettingOutlined />, label: t.nav.settings },
  ];
}

/** Five thumb-reachable destinations; "me" holds settings, account and sign-out on phones. */
export function bottomNavItems(t: Messages): TNavItem[] {
  return [
    { key: 'home', path: '/', icon: <HomeOutlined />, label: t.nav.home },
    { key: 'customers', path: MODULE_PATHS.customers, icon: <TeamOutlined />, label: t.nav.customers },
    { key: 'followUps', path: MODULE_PATHS.followUps, icon: <MessageOutlined />, label: t.nav.followUps },
    { key: 'tasks', path: MODULE_PATHS.tasks, icon: <CheckSquareOutlined />, label: t.nav.tasks },
    { key: 'settings', path: '/settings', icon: <UserOutlined />, label: t.nav.mine },
  ];
}

/** The nav key that owns a path: "/settings/members" → "settings". */
export function activeNavKey(pathname: string, items: TNavItem[]): string {
  if (pathname === '/') return 'home';
  const match = items.find((item) => item.path !== '/' && pathname.startsWith(item.path));
  return match?.key ?? '';
}
