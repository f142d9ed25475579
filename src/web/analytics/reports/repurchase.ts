import type { TRepurchaseReport } from '../../../domain/analytics-reports';
import { buildTable, type ColumnDef } from '../reportTable';
import { COLORS } from './chartParts';
import { rateLineChart } from './rateByMonth';
import type { ReportSpec } from './reportSpec';

type Row = TRepurchaseReport['months'][number];

/** 复购率 by month, with the month's buyers it is a share of in the table. */
export const repurchase: ReportSpec<TRepurchaseReport> = {
  periodic: true,
  byMember: true,
  definitions: (_, { t }) => t.definitions.repurchase,
  chart: (d, ctx) => rateLineChart(d.months, ctx.t.columns.repurchaseRate, COLORS.green, ctx),
  table: (d, { t }) => {
    const c = t.columns;
    const columns: ColumnDef<Row>[] = [
      { key: 'month', title: c.month, kind: 'text', value: (r) => r.month },
      { key: 'buyers', title: c.buyers, kind: 'count', value: (r) => r.buyers },
      { key: 'repeat', title: c.repeat, kind: 'count', value: (r) => r.repeat },
      { key: 'rate', title: c.repurchaseRate, kind: 'rate', value: (r) => r.rate },
    ];
    return buildTable(columns, d.months);
  },
};
