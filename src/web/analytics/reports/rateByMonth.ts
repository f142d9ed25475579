import { isOneYear, monthLabel } from '../reportTable';
import { categoryAxis, frame, rateAxis, rateTip } from './chartParts';
import type { ReportChart, ReportContext } from './reportSpec';

/** A rate per month as one line (churn, repurchase); months without a base leave a gap rather than a 0. */
export function rateLineChart(
  months: { month: string; rate: number | null }[],
  name: string,
  color: string,
  ctx: ReportContext,
): ReportChart | null {
  if (months.length === 0) return null;
  const oneYear = isOneYear(months);
  return {
    height: 300,
    option: {
      ...frame(ctx),
      xAxis: categoryAxis(
        months.map((m) => monthLabel(m.month, ctx.locale, oneYear)),
        ctx,
      ),
      yAxis: rateAxis(),
      series: [
        {
          type: 'line',
          name,
          data: months.map((m) => m.rate),
          itemStyle: { color },
          label: {
            show: months.length <= 12 && !ctx.isPhone,
            formatter: (p: { value: unknown }) => rateTip(p.value),
          },
          tooltip: { valueFormatter: rateTip },
        },
      ],
    },
  };
}
