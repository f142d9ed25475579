import { PieChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { HEALTH, type THealth } from '../../domain/cadence';
import { EChart } from '../components/EChart';
import { useT } from '../i18n/I18nProvider';
import { HEALTH_COLORS } from './healthColors';

echarts.use([PieChart, LegendComponent, TooltipComponent, SVGRenderer]);

/** 客户健康度 as a ring: active, dormant, at risk, in the traffic-light colours of the seed's table. */
export default function HealthChart({ health }: { health: Record<THealth, number> }) {
  const t = useT();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      series: [
        {
          type: 'pie',
          radius: ['55%', '90%'],
          avoidLabelOverlap: true,
          label: { show: false },
          data: HEALTH.map((h) => ({
            name: t.analytics.healths[h],
            value: health[h],
            itemStyle: { color: HEALTH_COLORS[h] },
          })),
        },
      ],
    }),
    [health, t],
  );
  return <EChart option={option} height={96} label={t.analytics.healthChart} />;
}
