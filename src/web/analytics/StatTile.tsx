import { ArrowDownOutlined, ArrowUpOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Card, Flex, Statistic, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { changeOf } from './analyticsQuery';

/** Up or down against the comparison period, in green or red, and what it was. */
export function Change({ value, previous, shown }: { value: number; previous: number; shown: string }) {
  const t = useT();
  const change = changeOf(value, previous);
  const rising = change !== null && change > 0;
  const text =
    change === null
      ? t.analytics.newSince
      : change === 0
        ? t.analytics.noChange
        : `${Math.abs(Math.round(change * 1000) / 10)}%`;
  return (
    <Typography.Text type="secondary" className="keyi-stat-change">
      {change !== null && change !== 0 && (
        <span style={{ color: rising ? '#389e0d' : '#cf1322', marginInlineEnd: 6 }}>
          {rising ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {text}
        </span>
      )}
      {(change === null || change === 0) && <span style={{ marginInlineEnd: 6 }}>{text}</span>}
      {t.analytics.previous(shown)}
    </Typography.Text>
  );
}

/**
 * One figure of the dashboard: its name with the definition on hover, the value, and below it the comparison or a
 * detail; the whole card opens the list behind the figure when there is one.
 */
export function StatTile(props: {
  title: string;
  help: string;
  value: ReactNode;
  footer: ReactNode;
  to?: string | undefined;
  danger?: boolean;
}) {
  const { title, help, value, footer, to, danger } = props;
  const card = (
    <Card size="small" hoverable={!!to} className="keyi-stat-tile">
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary">{title}</Typography.Text>
          <Tooltip title={help}>
            <QuestionCircleOutlined aria-label={help} style={{ color: 'rgba(0,0,0,0.45)' }} />
          </Tooltip>
        </Flex>
        <Statistic
          valueRender={() => value}
          styles={{ content: { color: danger ? '#cf1322' : undefined } }}
        />
        {footer}
      </Flex>
    </Card>
  );
  return to ? (
    <Link to={to} aria-label={title} className="keyi-stat-link">
      {card}
    </Link>
  ) : (
    card
  );
}
