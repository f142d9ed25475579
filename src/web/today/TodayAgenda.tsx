import { AlertOutlined, CheckSquareOutlined, FieldTimeOutlined, ProjectOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Skeleton, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { getToday, todayKey } from '../api/today';
import { LoadError } from '../components/LoadError';
import { useT } from '../i18n/I18nProvider';
import { DeliveryList } from './DeliveryList';
import { DueCustomerList } from './DueCustomerList';
import { TaskChecklist } from './TaskChecklist';

function Section({
  icon,
  title,
  extra,
  children,
}: {
  icon: ReactNode;
  title: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          <span className="keyi-card-icon">{icon}</span>
          {title}
        </Flex>
      }
      extra={extra}
    >
      {children}
    </Card>
  );
}

/** 今日待办: the home page of people who sell: who to call, what is due, who is slipping away. */
export function TodayAgenda() {
  const t = useT();
  const today = useQuery({
    queryKey: todayKey,
    queryFn: ({ signal }) => getToday(signal),
    refetchInterval: 5 * 60_000,
  });
  if (today.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (today.isError) return <LoadError error={today.error} onRetry={() => void today.refetch()} />;
  const { date, counts, dueCustomers, tasks, turningDormant, delivery } = today.data;
  const more = counts.overdue + counts.dueToday - dueCustomers.length;
  return (
    <Flex vertical gap={16}>
      <Row gutter={[12, 12]}>
        {(
          [
            ['overdue', counts.overdue, '#cf1322'],
            ['dueToday', counts.dueToday, undefined],
            ['tasks', counts.tasks, undefined],
          ] as const
        ).map(([key, value, color]) => (
          <Col span={8} key={key}>
            <Card size="small">
              <Statistic
                title={t.today.counts[key]}
                value={value}
                styles={{ content: color ? { color } : {} }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Section
        icon={<AlertOutlined />}
        title={t.today.due}
        extra={<Link to="/review">{t.today.weeklyReview}</Link>}
      >
        <DueCustomerList items={dueCustomers} today={date} empty={t.today.dueEmpty} />
        {more > 0 && <Link to="/customers?due=today&sort=nextDueDate">{t.today.more(more)}</Link>}
      </Section>
      <Section
        icon={<CheckSquareOutlined />}
        title={t.today.tasks}
        extra={<Link to="/tasks">{t.nav.tasks}</Link>}
      >
        <TaskChecklist items={tasks} today={date} empty={t.today.tasksEmpty} />
      </Section>
      <Section
        icon={<ProjectOutlined />}
        title={t.today.delivery}
        extra={<Link to="/projects">{t.nav.projects}</Link>}
      >
        <DeliveryList items={delivery} today={date} />
      </Section>
      <Section icon={<FieldTimeOutlined />} title={t.today.turningDormant}>
        <DueCustomerList
          items={turningDormant}
          today={date}
          empty={t.today.turningDormantEmpty}
          snooze={false}
        />
      </Section>
    </Flex>
  );
}
