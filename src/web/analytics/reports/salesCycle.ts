import type { TSalesCycleReport } from '../../../domain/analytics-reports';
import { buildTable, type ColumnDef } from '../reportTable';
import { acrossAxis, COLORS, countAxis, countTip, frame } from './chartParts';
import type { ReportSpec } from './reportSpec';

type Row = Omit<TSalesCycleReport['rows'][number], 'key'>;

/** 成交周期 by industry: industries down the side (their names are long), the busiest on top. */
export const salesCycle: ReportSpec<TSalesCycleReport> = {
  periodic: true,
  byMember: true,
  definitions: (_, { t }) => t.definitions['sales-cycle'],
  chart: (d, ctx) => {
    if (d.rows.length === 0) return null;
    const { t, locale } = ctx;
    const bar = (name: string, values: (number | null)[], color: string) => ({
      type: 'bar',
      name,
      data: values,
      itemStyle: { color },
      tooltip: {
        valueFormatter: (v: unknown) => (typeof v === 'number' ? t.days(countTip(locale)(v)) : '—'),
      },
    });
    return {
      height: Math.max(240, d.rows.length * 44 + 60),
      option: {
        ...frame(ctx),
        yAxis: { type: 'category', inverse: true, data: d.rows.map((r) => r.label) },
        xAxis: countAxis({
          ...acrossAxis(ctx),
          axisLabel: { formatter: (v: number) => t.days(String(v)), hideOverlap: true },
        }),
        series: [
          bar(
            t.series.medianDays,
            d.rows.map((r) => r.medianDays),
            COLORS.blue,
          ),
          bar(
            t.series.averageDays,
            d.rows.map((r) => r.averageDays),
            COLORS.purple,
          ),
        ],
      },
    };
  },
  table: (d, { t }) => {
    const c = t.columns;
    const columns: ColumnDef<Row>[] = [
      { key: 'industry', title: c.industry, kind: 'text', value: (r) => r.label },
      { key: 'customers', title: c.wonCustomers, kind: 'count', value: (r) => r.customers },
      { key: 'medianDays', title: c.cycleMedianDays, kind: 'days', value: (r) => r.medianDays },
      { key: 'averageDays', title: c.averageDays, kind: 'days', value: (r) => r.averageDays },
      { key: 'minDays', title: c.minDays, kind: 'days', value: (r) => r.minDays },
      { key: 'maxDays', title: c.maxDays, kind: 'days', value: (r) => r.maxDays },
    ];
    return buildTable(columns, d.rows, [{ label: t.total, ...d.totals }]);
  },
};
