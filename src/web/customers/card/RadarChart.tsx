import { RadarChart as Radar } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { ASSESSMENT_DIMENSIONS, type TAssessment } from '../../../domain/assessment';
import { useT } from '../../i18n/I18nProvider';
import { EChart } from '../../components/EChart';

// Only what a radar needs: keeps ECharts' share of the bundle small (and in its own chunk, see AssessmentSection).
echarts.use([Radar, TooltipComponent, SVGRenderer]);

/** The five value-assessment scores as a radar, 0–5 on each axis. */
export default function RadarChart({
  assessment,
  height = 240,
}: {
  assessment: TAssessment;
  height?: number;
}) {
  const t = useT();
  const a = t.customers.assessment;
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      radar: {
        indicator: ASSESSMENT_DIMENSIONS.map((d) => ({ name: a[d], max: 5 })),
        radius: '56%',
        splitNumber: 5,
        axisName: { color: 'rgba(0,0,0,0.65)', fontSize: 12 },
        splitArea: { areaStyle: { color: ['#fff', '#f7f9ff'] } },
      },
      series: [
        {
          type: 'radar',
          name: t.customers.fields.assessment,
          symbolSize: 5,
          areaStyle: { color: 'rgba(31, 94, 255, 0.18)' },
          lineStyle: { color: '#1f5eff', width: 2 },
          itemStyle: { color: '#1f5eff' },
          data: [
            {
              value: ASSESSMENT_DIMENSIONS.map((d) => assessment[d] ?? 0),
              name: t.customers.fields.assessment,
            },
          ],
        },
      ],
    }),
    [a, t, assessment],
  );
  return <EChart option={option} height={height} label={t.customers.fields.assessment} />;
}
