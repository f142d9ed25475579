import {
  AppstoreAddOutlined,
  BellOutlined,
  BookOutlined,
  NumberOutlined,
  SafetyOutlined,
  CalendarOutlined,
  DeleteOutlined,
  FieldTimeOutlined,
  FunnelPlotOutlined,
  KeyOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';
import type { TPermission } from '../auth/session';
import type { Messages } from '../i18n/zh-CN';
import { NotificationSettings } from '../notifications/NotificationSettings';
import { AccountSettings } from './AccountSettings';
import { ApiTokensSettings } from './ApiTokensSettings';
import { BackupSettings } from './BackupSettings';
import { CustomerRulesSettings } from './CustomerRulesSettings';
import { CustomFieldsSettings } from './CustomFieldsSettings';
import { DictionariesSettings } from './DictionariesSettings';
import { FollowUpRulesSettings } from './FollowUpRulesSettings';
import { MembersSettings } from './MembersSettings';
import { PipelineSettings } from './PipelineSettings';
import { RecycleBinSettings } from './RecycleBinSettings';
import { WorkingDaysSettings } from './WorkingDaysSettings';
import { WorkspaceSettings } from './WorkspaceSettings';

type SectionKey = keyof Messages['settings']['sections'];

export interface TSettingsSection {
  key: SectionKey;
  /** The URL segment: /settings/<slug>. */
  slug: string;
  icon: ReactNode;
  Component: ComponentType;
  /** Hidden unless the user holds this permission; the rest are visible to everyone (read-only where needed). */
  permission?: TPermission;
}

export const SETTINGS_SECTIONS: TSettingsSection[] = [
  {
    key: 'workspace',
    slug: 'workspace',
    icon: <SettingOutlined />,
    Component: WorkspaceSettings,
    permission: 'workspace.read',
  },
  {
    key: 'dictionaries',
    slug: 'dictionaries',
    icon: <BookOutlined />,
    Component: DictionariesSettings,
    permission: 'dictionaries.manage',
  },
  {
    key: 'customFields',
    slug: 'custom-fields',
    icon: <AppstoreAddOutlined />,
    Component: CustomFieldsSettings,
    permission: 'dictionaries.manage',
  },
  {
    key: 'customerRules',
    slug: 'customer-rules',
    icon: <NumberOutlined />,
    Component: CustomerRulesSettings,
    permission: 'workspace.update',
  },
  {
    key: 'followUpRules',
    slug: 'follow-up-rules',
    icon: <FieldTimeOutlined />,
    Component: FollowUpRulesSettings,
    permission: 'workspace.update',
  },
  // Everyone sees how deals move; owners and admins change it (decided inside).
  {
    key: 'pipeline',
    slug: 'pipeline',
    icon: <FunnelPlotOutlined />,
    Component: PipelineSettings,
    permission: 'workspace.read',
  },
  {
    key: 'workingDays',
    slug: 'working-days',
    icon: <CalendarOutlined />,
    Component: WorkingDaysSettings,
    permission: 'workspace.update',
  },
  {
    key: 'members',
    slug: 'members',
    icon: <TeamOutlined />,
    Component: MembersSettings,
    permission: 'users.read',
  },
  {
    key: 'recycleBin',
    slug: 'recycle-bin',
    icon: <DeleteOutlined />,
    Component: RecycleBinSettings,
    permission: 'recycleBin.read',
  },
  {
    key: 'backups',
    slug: 'backups',
    icon: <SafetyOutlined />,
    Component: BackupSettings,
    permission: 'backups.manage',
  },
  // Everyone: their own channels; owners and admins also see the workspace's (decided inside).
  { key: 'notifications', slug: 'notifications', icon: <BellOutlined />, Component: NotificationSettings },
  { key: 'apiTokens', slug: 'api-tokens', icon: <KeyOutlined />, Component: ApiTokensSettings },
  { key: 'account', slug: 'account', icon: <UserOutlined />, Component: AccountSettings },
];

export function visibleSections(can: (permission: TPermission) => boolean): TSettingsSection[] {
  return SETTINGS_SECTIONS.filter((section) => !section.permission || can(section.permission));
}
