import type { TMethodsReport } from '../../../domain/analytics-reports';
import { buildTable, type ColumnDef } from '../reportTable';
import { categoryAxis, COLORS, countAxis, countBar, frame } from './chartParts';
import type { ReportSpec } from './reportSpec';

type Row = TMethodsReport['rows'][number];

/** 跟进方式转化: follow-ups by method and the deals closed that each method had a hand in. */
export const methods: ReportSpec<TMethodsReport> = {
  periodic: true,
  byMember: true,
  definitions: (d, { t }) => t.definitions.methods(d.windowDays),
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
            t.series.closedDeals,
            d.rows.map((r) => r.closedDeals),
            COLORS.cyan,
          ),
          bar(
            t.series.wonDeals,
            d.rows.map((r) => r.wonDeals),
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
      { key: 'closedDeals', title: c.closedDeals, kind: 'count', value: (r) => r.closedDeals },
      { key: 'wonDeals', title: c.wonDealsByMethod, kind: 'count', value: (r) => r.wonDeals },
      { key: 'conversionRate', title: c.conversionRate, kind: 'rate', value: (r) => r.conversionRate },
      { key: 'winRate', title: c.winRate, kind: 'rate', value: (r) => r.winRate },
    ];
    return buildTable(columns, d.rows);
  },
};
