import { AGEING_BUCKETS, type TReceivablesAgeingReport } from '../../../domain/analytics-reports';
import { buildTable, type ColumnDef } from '../reportTable';
import { categoryAxis, frame, yuanAxis, yuanOf, yuanTip } from './chartParts';
import type { ReportSpec } from './reportSpec';

type Figures = TReceivablesAgeingReport['total'];
type Row = Figures & { label: string };

// The longer overdue, the hotter: from a calm amber to red.
const BUCKET_COLORS = ['#ffd666', '#ffa940', '#fa541c', '#cf1322'];

/** 应收账龄 today: what is owed by how long it is overdue; not-yet-due and the totals in the table. */
export const receivablesAgeing: ReportSpec<TReceivablesAgeingReport> = {
  periodic: false,
  byMember: true,
  definitions: (_, { t }) => t.definitions['receivables-ageing'],
  chart: (d, ctx) => {
    if (d.total.count === 0) return null;
    return {
      height: 300,
      option: {
        ...frame(ctx, false),
        xAxis: categoryAxis(
          AGEING_BUCKETS.map((b) => ctx.t.buckets[b]),
          ctx,
        ),
        yAxis: yuanAxis(ctx.locale),
        series: [
          {
            type: 'bar',
            name: ctx.t.series.outstanding,
            barMaxWidth: 64,
            data: d.buckets.map((b, i) => ({
              value: yuanOf(b.amount),
              itemStyle: { color: BUCKET_COLORS[i] },
            })),
            tooltip: { valueFormatter: yuanTip(ctx.locale) },
          },
        ],
      },
    };
  },
  table: (d, { t }) => {
    const c = t.columns;
    const columns: ColumnDef<Row>[] = [
      { key: 'bucket', title: c.bucket, kind: 'text', value: (r) => r.label },
      { key: 'count', title: c.installments, kind: 'count', value: (r) => r.count },
      { key: 'customers', title: c.customers, kind: 'count', value: (r) => r.customers },
      { key: 'amount', title: c.outstanding, kind: 'yuan', value: (r) => r.amount },
    ];
    const row = (label: string, f: Figures): Row => ({ label, ...f });
    return buildTable(
      columns,
      [...d.buckets.map((b) => row(t.buckets[b.bucket], b)), row(t.buckets.notDue, d.notDue)],
      [row(t.buckets.overdue, d.overdue), row(t.buckets.total, d.total)],
    );
  },
};
