import type { THealthReport } from '../../../domain/analytics-reports';
import { HEALTH } from '../../../domain/cadence';
import { HEALTH_COLORS } from '../healthColors';
import { buildTable, isOneYear, monthLabel, type ColumnDef } from '../reportTable';
import { categoryAxis, countAxis, countTip, frame } from './chartParts';
import type { ReportSpec } from './reportSpec';

type Row = THealthReport['months'][number];

/** 客户健康度 by month: active, dormant and at risk stacked, in the dashboard's traffic lights. */
export const health: ReportSpec<THealthReport> = {
  periodic: true,
  byMember: true,
  definitions: (d, { t }) => t.definitions.health(d.thresholds.dormantAfter, d.thresholds.atRiskAfter),
  chart: (d, ctx) => {
    if (d.months.length === 0) return null;
    const oneYear = isOneYear(d.months);
    return {
      height: 320,
      option: {
        ...frame(ctx),
        xAxis: categoryAxis(
          d.months.map((m) => monthLabel(m.month, ctx.locale, oneYear)),
          ctx,
        ),
        yAxis: countAxis(),
        series: HEALTH.map((h) => ({
          type: 'bar',
          stack: 'health',
          name: ctx.t.columns[h],
          data: d.months.map((m) => m[h]),
          itemStyle: { color: HEALTH_COLORS[h] },
          tooltip: { valueFormatter: countTip(ctx.locale) },
        })),
      },
    };
  },
  table: (d, { t }) => {
    const c = t.columns;
    const columns: ColumnDef<Row>[] = [
      { key: 'month', title: c.month, kind: 'text', value: (r) => r.month },
      { key: 'asOf', title: c.asOf, kind: 'text', value: (r) => r.asOf },
      { key: 'active', title: c.active, kind: 'count', value: (r) => r.active },
      { key: 'dormant', title: c.dormant, kind: 'count', value: (r) => r.dormant },
      { key: 'atRisk', title: c.atRisk, kind: 'count', value: (r) => r.atRisk },
      { key: 'customers', title: c.customers, kind: 'count', value: (r) => r.active + r.dormant + r.atRisk },
    ];
    return buildTable(columns, d.months);
  },
};
