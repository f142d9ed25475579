import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import {
  analyticsKey,
  getReport,
  type TAnalyticsParams,
  type TReportName,
  type TReports,
} from '../api/analytics';
import { useCan } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { NotFound } from '../components/NotFound';
import { PageHeader } from '../components/PageHeader';
import { useIsPhone } from '../components/useIsPhone';
import { useLocale, useT } from '../i18n/I18nProvider';
import { MemberPicker } from '../review/MemberPicker';
import { AnalyticsShell } from './AnalyticsShell';
import { readAnalyticsQuery, withCustomDays, writeAnalyticsQuery } from './analyticsQuery';
import { PeriodPicker } from './PeriodPicker';
import { PipelinePicker } from './PipelinePicker';
import { ReportFrame, type ReportContent } from './ReportFrame';
import { isReportName } from './reportList';
import { REPORT_SPECS } from './reports';
import type { ReportSpec } from './reports/reportSpec';

/** /analytics/:report — one report in the analytics menu, for the period and member in the address. */
export function ReportPage() {
  const { report } = useParams();
  const [params, setParams] = useSearchParams();
  const query = readAnalyticsQuery(params);
  // The funnel's pipeline stays in the address beside the period; the other reports have none.
  const pipelineId = params.get('pipelineId') ?? undefined;
  const write = (next: TAnalyticsParams, pipeline: string | undefined) => {
    const written = writeAnalyticsQuery(next);
    if (pipeline) written.set('pipelineId', pipeline);
    setParams(written, { replace: true });
  };
  if (!isReportName(report)) return <NotFound />;
  return (
    <AnalyticsShell current={report} query={query}>
      <ReportView
        key={report}
        name={report}
        query={query}
        pipelineId={report === 'funnel' ? pipelineId : undefined}
        onQuery={(next) => write(next, pipelineId)}
        onPipeline={(id) => write(query, id)}
      />
    </AnalyticsShell>
  );
}

function ReportView<N extends TReportName>(props: {
  name: N;
  query: TAnalyticsParams;
  pipelineId: string | undefined;
  onQuery: (next: TAnalyticsParams) => void;
  onPipeline: (id: string) => void;
}) {
  const { name, query, pipelineId, onQuery, onPipeline } = props;
  const spec: ReportSpec<TReports[N]> = REPORT_SPECS[name];
  const t = useT();
  const r = t.analytics.reports;
  const [locale] = useLocale();
  const isPhone = useIsPhone();
  const can = useCan();
  const withMember = spec.byMember && can('customers.assign');
  // A figure of today asks for no period, so every period shares one answer.
  const request: TAnalyticsParams & { pipelineId?: string | undefined } = {
    ...(spec.periodic ? query : { period: 'month' }),
    userId: spec.byMember ? query.userId : undefined,
    pipelineId,
  };
  const ready = request.period !== 'custom' || (!!request.from && !!request.to);
  const result = useQuery({
    queryKey: [...analyticsKey, name, request],
    queryFn: ({ signal }) => getReport(name, request, signal),
    enabled: ready,
    placeholderData: keepPreviousData,
  });
  const d = result.data;
  const title = r.names[name];

  const content = useMemo((): ReportContent | null => {
    if (!d) return null;
    const ctx = { t: r, locale, isPhone };
    const { from, to } = d.period.current;
    const today = 'today' in d ? d.today : to;
    const member = spec.byMember ? d.subject.name : null;
    const exportLines = [
      title,
      spec.periodic ? r.export.period(from, to) : r.export.asOf(today),
      ...(spec.byMember ? [member ? r.export.member(member) : r.export.everyone] : []),
    ];
    return {
      definitions: spec.definitions(d, ctx),
      chart: spec.chart(d, ctx),
      note: spec.note?.(d, ctx) ?? null,
      table: spec.table(d, ctx),
      exportMeta: { name: title, title: exportLines.join(' · '), yuanSuffix: r.yuanUnit },
      exportDays: spec.periodic ? [from, to] : [today],
      member,
    };
  }, [d, r, locale, isPhone, spec, title]);

  const set = (next: TAnalyticsParams) => onQuery(withCustomDays(next, d?.period.current));
  const subtitle = d
    ? [
        spec.periodic
          ? t.analytics.range(d.period.current.from, d.period.current.to)
          : r.asOfToday('today' in d ? d.today : d.period.current.to),
        spec.byMember && (d.subject.name ? r.member(d.subject.name) : r.everyone),
      ]
        .filter(Boolean)
        .join(' · ')
    : undefined;

  return (
    <ReportFrame
      name={title}
      header={
        <PageHeader
          title={title}
          documentTitle={`${title} · ${t.analytics.title}`}
          subtitle={subtitle}
          extra={
            (spec.periodic || withMember) && (
              <>
                {name === 'funnel' && <PipelinePicker value={pipelineId} onChange={onPipeline} />}
                {spec.periodic && <PeriodPicker query={query} onChange={set} compact={isPhone} />}
                {withMember && (
                  <MemberPicker
                    value={query.userId ?? null}
                    onChange={(userId) => set({ ...query, userId: userId ?? undefined })}
                    placeholder={t.analytics.member}
                  />
                )}
              </>
            )
          }
        />
      }
      content={content}
      problem={
        result.isError && !d ? <LoadError error={result.error} onRetry={() => void result.refetch()} /> : null
      }
      dimmed={result.isPlaceholderData}
    />
  );
}
