import type { TMethodsReport } from '../../../domain/analytics-reports';
import { buildTable, type ColumnDef } from '../reportTable';
import { categoryAxis, COLORS, countAxis, countBar, frame } from './chartParts';
import type { ReportSpec } from './reportSpec';

type Row = TMethodsReport['rows'][number];

/** 跟进方式转化: follow-ups by method, the customers reached that way and how many of them bought. */
export const methods: ReportSpec<TMethodsReport> = {
  periodic: true,
  byMember: true,
  definitions: (_, { t }) => t.definitions.methods,
  chart: (d, ctx) => {
    if (d.rows.length === 0) return null;
    const { t, locale } = ctx;
    const bar = (name: string, values: number[], color: string) => countBar(name, values, color, locale);
    return {
      height: 320,
      option: {
        ...frame(ctx),
        xAxis: categoryAxis(
          d.rows.map((r) => r.label),
          ctx,
        ),
        yAxis: countAxis(),
        series: [
          bar(
            t.series.followUps,
            d.rows.map((r) => r.followUps),
            COLORS.blue,
          ),
          bar(
            t.series.customers,
            d.rows.map((r) => r.customers),
            COLORS.cyan,
          ),
          bar(
            t.series.wonCustomers,
            d.rows.map((r) => r.wonCustomers),
            COLORS.green,
          ),
        ],
      },
    };
  },
  table: (d, { t }) => {
    const c = t.columns;
    const columns: ColumnDef<Row>[] = [
      { key: 'method', title: c.method, kind: 'text', value: (r) => r.label },
      { key: 'followUps', title: c.followUps, kind: 'count', value: (r) => r.followUps },
      { key: 'customers', title: c.followedCustomers, kind: 'count', value: (r) => r.customers },
      { key: 'wonCustomers', title: c.wonCustomers, kind: 'count', value: (r) => r.wonCustomers },
      { key: 'conversionRate', title: c.conversionRate, kind: 'rate', value: (r) => r.conversionRate },
      { key: 'winRate', title: c.winRate, kind: 'rate', value: (r) => r.winRate },
    ];
    return buildTable(columns, d.rows);
  },
};
