import type { TSourceChannelsReport } from '../../../domain/analytics-reports';
import { buildTable, type ColumnDef } from '../reportTable';
import { categoryAxis, COLORS, countAxis, countBar, frame, rateAxis, rateTip } from './chartParts';
import type { ReportSpec } from './reportSpec';

type Row = Pick<TSourceChannelsReport['rows'][number], 'label' | 'count' | 'won' | 'conversionRate'>;

/** 来源渠道统计 (渠道 | 数量 | 转化率): customers of the period by channel, and how many have bought. */
export const sourceChannels: ReportSpec<TSourceChannelsReport> = {
  periodic: true,
  byMember: true,
  definitions: (_, { t }) => t.definitions['source-channels'],
  chart: (d, ctx) => {
    if (d.rows.length === 0) return null;
    const { t, locale } = ctx;
    return {
      height: 340,
      option: {
        ...frame(ctx),
        xAxis: categoryAxis(
          d.rows.map((r) => r.label),
          ctx,
        ),
        yAxis: [countAxis(), rateAxis({ splitLine: { show: false } })],
        series: [
          countBar(
            t.series.count,
            d.rows.map((r) => r.count),
            COLORS.blue,
            locale,
          ),
          countBar(
            t.columns.won,
            d.rows.map((r) => r.won),
            COLORS.green,
            locale,
          ),
          {
            type: 'line',
            name: t.series.conversionRate,
            yAxisIndex: 1,
            data: d.rows.map((r) => r.conversionRate),
            itemStyle: { color: COLORS.gold },
            tooltip: { valueFormatter: rateTip },
          },
        ],
      },
    };
  },
  table: (d, { t }) => {
    const c = t.columns;
    const columns: ColumnDef<Row>[] = [
      { key: 'channel', title: c.channel, kind: 'text', value: (r) => r.label },
      { key: 'count', title: c.customers, kind: 'count', value: (r) => r.count },
      { key: 'won', title: c.won, kind: 'count', value: (r) => r.won },
      { key: 'conversionRate', title: c.conversionRate, kind: 'rate', value: (r) => r.conversionRate },
    ];
    return buildTable(columns, d.rows, [{ label: t.total, ...d.totals }]);
  },
};
