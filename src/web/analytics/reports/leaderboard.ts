import type { TLeaderboardReport } from '../../../domain/analytics-reports';
import { buildTable, type ColumnDef } from '../reportTable';
import { acrossAxis, COLORS, frame, yuanAxis, yuanOf, yuanTip } from './chartParts';
import type { ReportSpec } from './reportSpec';

type Row = TLeaderboardReport['rows'][number] & { rank: number };

/** More bars than this no longer read as a ranking; the table has everyone. */
const CHART_TOP = 20;

/** 业绩排行: every selling member by won amount, the leader on top. */
export const leaderboard: ReportSpec<TLeaderboardReport> = {
  periodic: true,
  byMember: false,
  definitions: (_, { t }) => t.definitions.leaderboard,
  chart: (d, ctx) => {
    // Nobody won anything yet (the first day of a period): bars of zero say nothing.
    if (d.rows.every((r) => r.wonAmount === 0)) return null;
    const top = d.rows.slice(0, CHART_TOP);
    return {
      height: Math.max(200, top.length * 32 + 40),
      option: {
        ...frame(ctx, false),
        yAxis: { type: 'category', inverse: true, data: top.map((r) => r.user.name) },
        xAxis: yuanAxis(ctx.locale, acrossAxis(ctx)),
        series: [
          {
            type: 'bar',
            name: ctx.t.series.wonAmount,
            data: top.map((r) => yuanOf(r.wonAmount)),
            itemStyle: { color: COLORS.blue },
            barMaxWidth: 22,
            tooltip: { valueFormatter: yuanTip(ctx.locale) },
          },
        ],
      },
    };
  },
  note: (d, { t }) => (d.rows.length > CHART_TOP ? t.chartTop(CHART_TOP) : null),
  table: (d, { t }) => {
    const c = t.columns;
    const columns: ColumnDef<Row>[] = [
      { key: 'rank', title: c.rank, kind: 'count', value: (r) => r.rank },
      { key: 'member', title: c.memberName, kind: 'text', value: (r) => r.user.name },
      { key: 'wonAmount', title: c.wonAmount, kind: 'yuan', value: (r) => r.wonAmount },
      { key: 'wonDeals', title: c.wonDeals, kind: 'count', value: (r) => r.wonDeals },
      { key: 'receivedAmount', title: c.receivedAmount, kind: 'yuan', value: (r) => r.receivedAmount },
      { key: 'followUps', title: c.followUps, kind: 'count', value: (r) => r.followUps },
      { key: 'newCustomers', title: c.newCustomers, kind: 'count', value: (r) => r.newCustomers },
    ];
    return buildTable(
      columns,
      d.rows.map((r, i) => ({ ...r, rank: i + 1 })),
    );
  },
};
