import type { TOrderValueReport } from '../../../domain/analytics-reports';
import { buildTable, isOneYear, monthLabel, type ColumnDef } from '../reportTable';
import { categoryAxis, COLORS, frame, yuanAxis, yuanOf, yuanTip } from './chartParts';
import type { ReportSpec } from './reportSpec';

type Row = TOrderValueReport['months'][number];

/** 客单价 trend: the average and the median won deal per month (a few big deals pull the average up). */
export const orderValue: ReportSpec<TOrderValueReport> = {
  periodic: true,
  byMember: true,
  definitions: (_, { t }) => t.definitions['order-value'],
  chart: (d, ctx) => {
    if (d.months.length === 0) return null;
    const { t, locale } = ctx;
    const oneYear = isOneYear(d.months);
    const line = (name: string, values: (number | null)[], color: string) => ({
      type: 'line',
      name,
      data: values.map(yuanOf),
      itemStyle: { color },
      tooltip: { valueFormatter: yuanTip(locale) },
    });
    return {
      height: 300,
      option: {
        ...frame(ctx),
        xAxis: categoryAxis(
          d.months.map((m) => monthLabel(m.month, locale, oneYear)),
          ctx,
        ),
        yAxis: yuanAxis(locale),
        series: [
          line(
            t.series.average,
            d.months.map((m) => m.average),
            COLORS.blue,
          ),
          line(
            t.series.median,
            d.months.map((m) => m.median),
            COLORS.purple,
          ),
        ],
      },
    };
  },
  table: (d, { t }) => {
    const c = t.columns;
    const columns: ColumnDef<Row>[] = [
      { key: 'month', title: c.month, kind: 'text', value: (r) => r.month },
      { key: 'deals', title: c.deals, kind: 'count', value: (r) => r.deals },
      { key: 'amount', title: c.wonAmount, kind: 'yuan', value: (r) => r.amount },
      { key: 'average', title: c.average, kind: 'yuan', value: (r) => r.average },
      { key: 'median', title: c.median, kind: 'yuan', value: (r) => r.median },
    ];
    return buildTable(columns, d.months);
  },
};
