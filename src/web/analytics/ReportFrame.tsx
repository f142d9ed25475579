import { Card, Collapse, Empty, Flex, Typography } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useIsPhone } from '../components/useIsPhone';
import { Counting } from './Counting';
import { useT } from '../i18n/I18nProvider';
import { ExportButtons } from './export/ExportButtons';
import type { ExportMeta } from './export/exportTable';
import type { ReportTable } from './reportTable';
import { ReportTableView } from './ReportTableView';
import type { ReportChart as TReportChart } from './reports/reportSpec';

const ReportChart = lazy(() => import('./ReportChart'));

/** What one report shows once its numbers are in. */
export interface ReportContent {
  definitions: string[];
  chart: TReportChart | null;
  note: string | null;
  table: ReportTable;
  exportMeta: ExportMeta;
  exportDays: string[];
  member: string | null;
}

/**
 * Every report page alike: the header with its pickers, 口径说明, the chart, the table behind it and the exports.
 * `dimmed` while the numbers of a newly picked period arrive over the old ones.
 */
export function ReportFrame(props: {
  header: ReactNode;
  content: ReportContent | null;
  problem: ReactNode;
  dimmed: boolean;
  name: string;
}) {
  const { header, content, problem, dimmed, name } = props;
  const r = useT().analytics.reports;
  const isPhone = useIsPhone();
  return (
    <>
      {header}
      {problem}
      {!content && !problem && <Counting rows={10} />}
      {content && (
        <Flex vertical gap={12} style={{ opacity: dimmed ? 0.6 : 1, transition: 'opacity 0.2s' }}>
          <Collapse
            size="small"
            className="keyi-report-definitions"
            // On a phone the chart comes first; the definitions are a tap away.
            defaultActiveKey={isPhone ? [] : ['definitions']}
            items={[
              {
                key: 'definitions',
                label: r.definitionsTitle,
                children: (
                  <ul>
                    {content.definitions.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
          <Card size="small" title={r.chart} styles={{ body: { padding: isPhone ? 8 : 16 } }}>
            {content.chart ? (
              <Suspense fallback={<div style={{ height: content.chart.height }} />}>
                <ReportChart chart={content.chart} label={r.chartLabel(name)} />
              </Suspense>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={r.empty} />
            )}
            {content.note && (
              <Typography.Text
                type="secondary"
                style={{ display: 'block', marginTop: 8, whiteSpace: 'pre-line' }}
              >
                {content.note}
              </Typography.Text>
            )}
          </Card>
          <Card size="small" title={r.table} styles={{ body: { padding: isPhone ? 0 : undefined } }}>
            <ReportTableView table={content.table} />
          </Card>
          <ExportButtons
            table={content.table}
            meta={content.exportMeta}
            days={content.exportDays}
            member={content.member}
          />
        </Flex>
      )}
    </>
  );
}
