import { RocketOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import type { TUpcomingModule } from './nav';
import { PageHeader } from './PageHeader';

/** A finished-looking stand-in for modules that are still being built. */
export function ComingSoon({ module }: { module: TUpcomingModule }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t.nav[module]} extra={<Tag color="processing">{t.comingSoon.badge}</Tag>} />
      <Card>
        <Empty
          image={<RocketOutlined style={{ fontSize: 56, color: 'var(--keyi-brand)' }} />}
          styles={{ image: { height: 64 } }}
          description={
            <div style={{ maxWidth: 420, margin: '0 auto' }}>
              <Typography.Title level={4}>{t.comingSoon.title}</Typography.Title>
              <Typography.Paragraph type="secondary">
                {t.comingSoon.descriptions[module]}
              </Typography.Paragraph>
            </div>
          }
        >
          <Button type="primary" onClick={() => navigate('/')}>
            {t.errors.backHome}
          </Button>
        </Empty>
      </Card>
    </>
  );
}
