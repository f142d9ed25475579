import { ApartmentOutlined, SettingOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useCan } from '../auth/session';
import { useT } from '../i18n/I18nProvider';

interface Step {
  key: string;
  icon: ReactNode;
  title: string;
  description: string;
  path: string | null;
}

export function GettingStarted() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const steps: Step[] = [
    ...(can('workspace.update')
      ? [
          {
            key: 'workspace',
            icon: <SettingOutlined />,
            ...t.home.steps.workspace,
            path: '/settings/workspace',
          },
        ]
      : []),
    ...(can('users.manage')
      ? [{ key: 'members', icon: <TeamOutlined />, ...t.home.steps.members, path: '/settings/members' }]
      : []),
    ...(can('customers.write')
      ? [{ key: 'customers', icon: <ApartmentOutlined />, ...t.home.steps.customers, path: '/customers/new' }]
      : []),
    { key: 'account', icon: <UserOutlined />, ...t.home.steps.account, path: '/settings/account' },
  ];
  return (
    <Card title={t.home.gettingStarted}>
      <Flex vertical gap={16}>
        {steps.map((step) => (
          <Flex key={step.key} gap={12} align="flex-start">
            <span className="keyi-step-icon">{step.icon}</span>
            <div style={{ flex: 1, minWidth: 0 }}>
              <Typography.Text strong>{step.title}</Typography.Text>
              <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }}>
                {step.description}
              </Typography.Paragraph>
            </div>
            {step.path && (
              <Button size="small" onClick={() => step.path && navigate(step.path)}>
                {t.home.go}
              </Button>
            )}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
