import { BarChart, FunnelChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { EChart } from '../components/EChart';
import type { ReportChart as TReportChart } from './reports/reportSpec';

// Only what the reports draw: bars, lines and the funnel.
echarts.use([
  BarChart,
  LineChart,
  FunnelChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
]);

/** A report's chart, loaded on its own so the menu and the table need not wait for echarts. */
export default function ReportChart({ chart, label }: { chart: TReportChart; label: string }) {
  return <EChart option={chart.option} height={chart.height} label={label} />;
}
