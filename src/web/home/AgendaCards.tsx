import { AlertOutlined, CalendarOutlined, HistoryOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';

function AgendaCard({ icon, title, empty }: { icon: ReactNode; title: string; empty: string }) {
  const t = useT();
  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <span className="keyi-card-icon">{icon}</span>
          {title}
        </Flex>
      }
      extra={<Tag>{t.home.comingSoonTag}</Tag>}
    >
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} style={{ margin: '8px 0' }} />
    </Card>
  );
}

/** Where today's agenda, overdue items and recent follow-ups will live once those modules ship. */
export function AgendaCards() {
  const t = useT();
  return (
    <Flex vertical gap={16}>
      <AgendaCard icon={<CalendarOutlined />} title={t.home.agenda} empty={t.home.agendaEmpty} />
      <AgendaCard icon={<AlertOutlined />} title={t.home.overdue} empty={t.home.overdueEmpty} />
      <AgendaCard icon={<HistoryOutlined />} title={t.home.recent} empty={t.home.recentEmpty} />
    </Flex>
  );
}
