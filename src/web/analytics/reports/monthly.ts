import type { TMonthlyReport } from '../../../domain/analytics-reports';
import { buildTable, isOneYear, monthLabel, type ColumnDef } from '../reportTable';
import { categoryAxis, COLORS, countAxis, countBar, frame, yuanAxis, yuanOf, yuanTip } from './chartParts';
import type { ReportSpec } from './reportSpec';

type Row = Omit<TMonthlyReport['months'][number], 'from' | 'to'>;

/** 月度跟进统计: the seed's 5.1 table, one row a month and the period's totals. */
export const monthly: ReportSpec<TMonthlyReport> = {
  periodic: true,
  byMember: true,
  definitions: (_, { t }) => t.definitions.monthly,
  chart: (d, ctx) => {
    const { t, locale } = ctx;
    const oneYear = isOneYear(d.months);
    const count = (name: string, values: number[], color: string) => countBar(name, values, color, locale);
    return {
      height: 320,
      option: {
        ...frame(ctx),
        xAxis: categoryAxis(
          d.months.map((m) => monthLabel(m.month, locale, oneYear)),
          ctx,
        ),
        yAxis: [countAxis(), yuanAxis(locale, { splitLine: { show: false } })],
        series: [
          count(
            t.series.newCustomers,
            d.months.map((m) => m.newCustomers),
            COLORS.blue,
          ),
          count(
            t.series.wonCustomers,
            d.months.map((m) => m.wonCustomers),
            COLORS.green,
          ),
          count(
            t.series.followUps,
            d.months.map((m) => m.followUps),
            COLORS.cyan,
          ),
          {
            type: 'line',
            name: t.series.wonAmount,
            yAxisIndex: 1,
            data: d.months.map((m) => yuanOf(m.wonAmount)),
            itemStyle: { color: COLORS.gold },
            tooltip: { valueFormatter: yuanTip(locale) },
          },
        ],
      },
    };
  },
  table: (d, { t }) => {
    const c = t.columns;
    const columns: ColumnDef<Row>[] = [
      { key: 'month', title: c.month, kind: 'text', value: (r) => r.month },
      { key: 'newCustomers', title: c.newCustomers, kind: 'count', value: (r) => r.newCustomers },
      { key: 'wonCustomers', title: c.wonCustomers, kind: 'count', value: (r) => r.wonCustomers },
      { key: 'followUps', title: c.followUps, kind: 'count', value: (r) => r.followUps },
      { key: 'wonAmount', title: c.wonAmount, kind: 'yuan', value: (r) => r.wonAmount },
      { key: 'receivedAmount', title: c.receivedAmount, kind: 'yuan', value: (r) => r.receivedAmount },
    ];
    return buildTable(columns, d.months, [{ month: t.total, ...d.totals }]);
  },
};
