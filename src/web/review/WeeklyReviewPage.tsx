import { useQuery } from '@tanstack/react-query';
import {
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Progress,
  Row,
  Skeleton,
  Statistic,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { getWeeklyReview, reviewKey } from '../api/today';
import { useCan } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { useT } from '../i18n/I18nProvider';
import { DueCustomerList } from '../today/DueCustomerList';
import { TaskChecklist } from '../today/TaskChecklist';
import { MemberPicker } from './MemberPicker';

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** 每周复盘: did we call whom we should have, who is slipping away, which promises were not kept. */
export function WeeklyReviewPage() {
  const t = useT();
  const can = useCan();
  const [week, setWeek] = useState<string | null>(null);
  const [userId, setUserId] = useState<string | null>(null);
  const review = useQuery({
    queryKey: reviewKey(week, userId),
    queryFn: ({ signal }) => getWeeklyReview(week, userId, signal),
  });
  const data = review.data;
  return (
    <>
      <PageHeader
        title={t.review.title}
        subtitle={t.review.subtitle}
        extra={
          <>
            {can('customers.assign') && (
              <MemberPicker value={userId} onChange={setUserId} placeholder={t.review.member} />
            )}
            <DatePicker
              picker="week"
              allowClear={false}
              placeholder={t.review.pickWeek}
              value={data ? dayjs(data.from) : null}
              onChange={(d) => setWeek(d ? d.format('YYYY-MM-DD') : null)}
            />
          </>
        }
      />
      {review.isPending && <Skeleton active paragraph={{ rows: 10 }} />}
      {review.isError && <LoadError error={review.error} onRetry={() => void review.refetch()} />}
      {data && (
        <Flex vertical gap={16}>
          <Typography.Text type="secondary">{t.review.week(data.from, data.to)}</Typography.Text>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={8}>
              <Card
                size="small"
                title={<Tooltip title={t.review.timelinessHelp}>{t.review.timeliness}</Tooltip>}
              >
                <Flex vertical align="center" gap={8}>
                  {data.timeliness.rate === null ? (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.review.noneDue} />
                  ) : (
                    <Progress
                      type="dashboard"
                      percent={percent(data.timeliness.rate) ?? 0}
                      format={(p) => `${p}%`}
                      status={
                        data.timeliness.rate >= 0.95
                          ? 'success'
                          : data.timeliness.rate >= 0.8
                            ? 'normal'
                            : 'exception'
                      }
                    />
                  )}
                  <Typography.Text type="secondary">
                    {data.timeliness.onTime} / {data.timeliness.due}
                  </Typography.Text>
                </Flex>
              </Card>
            </Col>
            <Col xs={24} md={16}>
              <Card size="small">
                <Row gutter={[12, 12]}>
                  <Col span={8}>
                    <Statistic title={t.review.onTime} value={data.timeliness.onTime} />
                  </Col>
                  <Col span={8}>
                    <Statistic title={t.review.late} value={data.timeliness.late} />
                  </Col>
                  <Col span={8}>
                    <Statistic
                      title={t.review.missed}
                      value={data.timeliness.missed}
                      styles={{ content: data.timeliness.missed ? { color: '#cf1322' } : {} }}
                    />
                  </Col>
                  <Col span={8}>
                    <Statistic title={t.review.followUps} value={data.followUps} />
                  </Col>
                  <Col span={16}>
                    <Tooltip title={t.review.recordedHelp}>
                      <Statistic
                        title={t.review.recorded}
                        value={percent(data.recordedWithin24h) ?? '—'}
                        suffix={data.recordedWithin24h === null ? undefined : '%'}
                      />
                    </Tooltip>
                  </Col>
                </Row>
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card size="small" title={t.review.dormant}>
                <DueCustomerList
                  items={data.dormant}
                  today={data.today}
                  empty={t.review.listEmpty}
                  snooze={false}
                />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t.review.atRisk}>
                <DueCustomerList
                  items={data.atRisk}
                  today={data.today}
                  empty={t.review.listEmpty}
                  snooze={false}
                />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t.review.broken}>
            <TaskChecklist items={data.brokenPromises} today={data.today} empty={t.review.brokenEmpty} />
          </Card>
        </Flex>
      )}
    </>
  );
}
