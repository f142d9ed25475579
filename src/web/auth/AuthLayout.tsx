import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Logo } from '../components/Logo';
import { usePageTitle } from '../components/usePageTitle';
import { useT } from '../i18n/I18nProvider';

/** The frame of the pages seen before signing in: brand, language, one card. */
export function AuthLayout(props: { title: string; subtitle: string; width?: number; children: ReactNode }) {
  const { title, subtitle, width = 400, children } = props;
  const t = useT();
  usePageTitle(title);
  return (
    <div className="keyi-auth">
      <Flex className="keyi-auth-top" justify="space-between" align="center">
        <Logo />
        <LanguageSwitch />
      </Flex>
      <Flex vertical align="center" className="keyi-auth-main">
        <Card className="keyi-auth-card" style={{ width: '100%', maxWidth: width }}>
          <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
            {title}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
            {subtitle}
          </Typography.Paragraph>
          {children}
        </Card>
        <Typography.Text type="secondary" className="keyi-auth-tagline">
          {t.app.tagline}
        </Typography.Text>
      </Flex>
    </div>
  );
}
