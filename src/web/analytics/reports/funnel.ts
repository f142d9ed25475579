import type { TFunnelReport } from '../../../domain/analytics-reports';
import { buildTable, formatRate, type ColumnDef } from '../reportTable';
import { countTip } from './chartParts';
import type { ReportSpec } from './reportSpec';

type Stage = TFunnelReport['stages'][number];

// From the first stage to won, light to deep, the won stage in green.
const STAGE_COLORS = ['#bae0ff', '#91caff', '#69b1ff', '#4096ff', '#1677ff', '#0958d9', '#003eb3'];

/** 转化漏斗: the period's new deals stage by stage; lost deals and why under the chart. */
export const funnel: ReportSpec<TFunnelReport> = {
  periodic: true,
  byMember: true,
  definitions: (_, { t }) => t.definitions.funnel,
  chart: (d, { locale, isPhone }) => {
    if (d.cohort === 0) return null;
    return {
      height: Math.max(240, d.stages.length * (isPhone ? 44 : 56)),
      option: {
        tooltip: { trigger: 'item', confine: true, valueFormatter: countTip(locale) },
        series: [
          {
            type: 'funnel',
            sort: 'none',
            // Every stage stays readable: the narrowest still holds its label.
            minSize: '22%',
            left: isPhone ? '4%' : '15%',
            width: isPhone ? '92%' : '70%',
            top: 8,
            bottom: 8,
            gap: 2,
            label: {
              position: 'inside',
              formatter: (p: { name: string; value: number; dataIndex: number }) =>
                `${p.name}  ${p.value.toLocaleString(locale)} (${formatRate(d.stages[p.dataIndex]?.share ?? null)})`,
            },
            data: d.stages.map((s, i) => ({
              name: s.label,
              value: s.reached,
              itemStyle: {
                color: s.kind === 'won' ? '#52c41a' : STAGE_COLORS[Math.min(i, STAGE_COLORS.length - 1)],
              },
              label: { color: i < 2 && s.kind !== 'won' ? '#0a2540' : '#fff' },
            })),
          },
        ],
      },
    };
  },
  table: (d, { t }) => {
    const c = t.columns;
    const columns: ColumnDef<Stage>[] = [
      { key: 'stage', title: c.stage, kind: 'text', value: (s) => s.label },
      { key: 'reached', title: c.reached, kind: 'count', value: (s) => s.reached },
      { key: 'share', title: c.share, kind: 'rate', value: (s) => s.share },
      { key: 'conversion', title: c.stageConversion, kind: 'rate', value: (s) => s.conversion },
      { key: 'medianDays', title: c.medianDays, kind: 'days', value: (s) => s.medianDays },
    ];
    return buildTable(columns, d.stages);
  },
  note: (d, { t, locale }) => {
    const reasons = d.lost.reasons.map((r) => `${r.label} ${r.count.toLocaleString(locale)}`).join(' · ');
    const colon = locale === 'zh-CN' ? '：' : ': ';
    const lost = d.lost.count ? `${t.lost(d.lost.count)}${reasons ? colon + reasons : ''}` : null;
    return [`${t.pipeline(d.pipeline.name)} · ${t.cohort(d.cohort)}`, lost].filter(Boolean).join('\n');
  },
};
