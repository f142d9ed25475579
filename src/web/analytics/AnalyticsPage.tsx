import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Tooltip, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { DayRange } from '../../domain/analytics';
import { HEALTH } from '../../domain/cadence';
import { formatYuan, formatYuanShort } from '../../domain/money';
import { analyticsKey, getDashboard, type TAnalyticsParams, type TDashboard } from '../api/analytics';
import { useCan } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { useIsPhone } from '../components/useIsPhone';
import { useLocale, useT } from '../i18n/I18nProvider';
import { MemberPicker } from '../review/MemberPicker';
import { AnalyticsShell } from './AnalyticsShell';
import { readAnalyticsQuery, withCustomDays, writeAnalyticsQuery } from './analyticsQuery';
import { HEALTH_COLORS } from './healthColors';
import { PeriodPicker } from './PeriodPicker';
import { Counting } from './Counting';
import { Change, StatTile } from './StatTile';

const HealthChart = lazy(() => import('./HealthChart'));

/** The lists behind the figures, narrowed as the figure is. */
const links = (d: TDashboard) => {
  const owner = d.subject.userId ? `&ownerId=${d.subject.userId}` : '';
  const { from, to }: DayRange = d.period.current;
  return {
    newCustomers: `/customers?createdFrom=${from}&createdTo=${to}${owner}`,
    won: `/deals?view=list&stageKind=won&closedFrom=${from}&closedTo=${to}${owner}`,
    overdue: '/projects?tab=receivables',
    // Follow-ups and 回款 have no list of their own: the monthly table shows them month by month.
    monthly: `/analytics/monthly?period=custom&from=${from}&to=${to}${d.subject.userId ? `&userId=${d.subject.userId}` : ''}`,
    health: (h: string) => `/customers?health=${h}${owner}`,
  };
};

/** 数据看板: this period's numbers against the same days before, each opening the list behind it. */
export function AnalyticsPage() {
  const t = useT();
  const a = t.analytics;
  const can = useCan();
  const isPhone = useIsPhone();
  const [locale] = useLocale();
  const [params, setParams] = useSearchParams();
  const query = readAnalyticsQuery(params);
  const ready = query.period !== 'custom' || (!!query.from && !!query.to);
  const dashboard = useQuery({
    queryKey: [...analyticsKey, 'dashboard', query],
    queryFn: ({ signal }) => getDashboard(query, signal),
    enabled: ready,
    placeholderData: keepPreviousData,
  });
  const d = dashboard.data;
  const set = (next: TAnalyticsParams) =>
    setParams(writeAnalyticsQuery(withCustomDays(next, d?.period.current)), { replace: true });
  // Figures at a glance (7.33 亿元); the exact sum on hover.
  const yuan = (fen: number) => <span title={formatYuan(fen, locale)}>{formatYuanShort(fen, locale)}</span>;
  const yuanText = (fen: number) => formatYuanShort(fen, locale);
  const count = (n: number) => n.toLocaleString(locale);

  return (
    <AnalyticsShell current="dashboard" query={query}>
      <PageHeader
        title={a.title}
        subtitle={
          d
            ? `${a.range(d.period.current.from, d.period.current.to)} · ${a.comparedWith(d.period.previous.from, d.period.previous.to)}`
            : a.subtitle
        }
        extra={
          <>
            <PeriodPicker query={query} onChange={set} compact={isPhone} />
            {can('customers.assign') && (
              <MemberPicker
                value={query.userId ?? null}
                onChange={(userId) => set({ ...query, userId: userId ?? undefined })}
                placeholder={a.member}
              />
            )}
          </>
        }
      />
      {dashboard.isError && !d && (
        <LoadError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      )}
      {!d && !dashboard.isError && <Counting rows={8} />}
      {d && (
        <Row gutter={[12, 12]} style={{ opacity: dashboard.isPlaceholderData ? 0.6 : 1 }}>
          <Col xs={12} md={8} xl={6}>
            <StatTile
              title={a.tiles.newCustomers}
              help={a.help.newCustomers}
              value={count(d.newCustomers.value)}
              footer={<Change {...d.newCustomers} shown={count(d.newCustomers.previous)} />}
              to={links(d).newCustomers}
            />
          </Col>
          <Col xs={12} md={8} xl={6}>
            <StatTile
              title={a.tiles.wonCustomers}
              help={a.help.wonCustomers}
              value={count(d.wonCustomers.value)}
              footer={<Change {...d.wonCustomers} shown={count(d.wonCustomers.previous)} />}
              to={links(d).won}
            />
          </Col>
          <Col xs={12} md={8} xl={6}>
            <StatTile
              title={a.tiles.wonAmount}
              help={a.help.wonAmount}
              value={yuan(d.wonAmount.value)}
              footer={<Change {...d.wonAmount} shown={yuanText(d.wonAmount.previous)} />}
              to={links(d).won}
            />
          </Col>
          <Col xs={12} md={8} xl={6}>
            <StatTile
              title={a.tiles.receivedAmount}
              help={a.help.receivedAmount}
              value={yuan(d.receivedAmount.value)}
              footer={<Change {...d.receivedAmount} shown={yuanText(d.receivedAmount.previous)} />}
              to={links(d).monthly}
            />
          </Col>
          <Col xs={12} md={8} xl={6}>
            <StatTile
              title={a.tiles.followUps}
              help={a.help.followUps}
              value={count(d.followUps.value)}
              footer={<Change {...d.followUps} shown={count(d.followUps.previous)} />}
              to={links(d).monthly}
            />
          </Col>
          <Col xs={12} md={8} xl={6}>
            <TimelinessTile d={d} />
          </Col>
          <Col xs={12} md={8} xl={6}>
            <StatTile
              title={a.tiles.overdueReceivables}
              help={a.help.overdueReceivables}
              value={yuan(d.overdueReceivables.amount)}
              danger={d.overdueReceivables.count > 0}
              footer={
                <Typography.Text type="secondary">
                  {a.installments(d.overdueReceivables.count)}
                </Typography.Text>
              }
              to={links(d).overdue}
            />
          </Col>
          <Col xs={24} md={8} xl={6}>
            <HealthCard d={d} health={links(d).health} />
          </Col>
        </Row>
      )}
    </AnalyticsShell>
  );
}

function TimelinessTile({ d }: { d: TDashboard }) {
  const a = useT().analytics;
  const { current, previous } = d.timeliness;
  const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);
  return (
    <StatTile
      title={a.tiles.timeliness}
      help={a.help.timeliness}
      value={percent(current.rate)}
      danger={current.rate !== null && current.rate < 0.8}
      footer={
        <Typography.Text type="secondary">
          {current.due ? a.onTime(current.onTime, current.due) : a.noneDue}
          {previous.rate !== null && ` · ${a.previous(percent(previous.rate))}`}
        </Typography.Text>
      }
    />
  );
}

function HealthCard({ d, health }: { d: TDashboard; health: (h: string) => string }) {
  const a = useT().analytics;
  const [locale] = useLocale();
  return (
    <Card size="small" className="keyi-stat-tile">
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">{a.tiles.health}</Typography.Text>
        <Tooltip title={a.help.health}>
          <QuestionCircleOutlined aria-label={a.help.health} style={{ color: 'rgba(0,0,0,0.45)' }} />
        </Tooltip>
      </Flex>
      <Flex align="center" gap={12}>
        <div style={{ width: 96, flex: 'none' }}>
          <Suspense fallback={<div style={{ height: 96 }} />}>
            <HealthChart health={d.health} />
          </Suspense>
        </div>
        <Flex vertical gap={4}>
          {HEALTH.map((h) => (
            <Link key={h} to={health(h)} aria-label={`${a.healths[h]} ${d.health[h]}`}>
              <span className="keyi-health-dot" style={{ background: HEALTH_COLORS[h] }} />
              {a.healths[h]} {d.health[h].toLocaleString(locale)}
            </Link>
          ))}
        </Flex>
      </Flex>
    </Card>
  );
}
