import type { TChurnReport } from '../../../domain/analytics-reports';
import { buildTable, type ColumnDef } from '../reportTable';
import { rateLineChart } from './rateByMonth';
import type { ReportSpec } from './reportSpec';

type Row = TChurnReport['months'][number];

/** 流失率 by month, with the base it is a share of in the table. */
export const churn: ReportSpec<TChurnReport> = {
  periodic: true,
  byMember: true,
  definitions: (d, { t }) => t.definitions.churn(d.definition.inactiveDays),
  chart: (d, ctx) => rateLineChart(d.months, ctx.t.columns.churnRate, '#f5222d', ctx),
  table: (d, { t }) => {
    const c = t.columns;
    const columns: ColumnDef<Row>[] = [
      { key: 'month', title: c.month, kind: 'text', value: (r) => r.month },
      { key: 'base', title: c.churnBase, kind: 'count', value: (r) => r.base },
      { key: 'churned', title: c.churned, kind: 'count', value: (r) => r.churned },
      { key: 'rate', title: c.churnRate, kind: 'rate', value: (r) => r.rate },
    ];
    return buildTable(columns, d.months);
  },
};
