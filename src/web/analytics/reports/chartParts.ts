import { formatYuan, formatYuanShort } from '../../../domain/money';
import type { TLocale } from '../../../domain/locale';
import { formatRate } from '../reportTable';
import type { ReportContext } from './reportSpec';

// Pieces every report's chart shares, as plain option objects: the echarts module loads only with ReportChart.

export const COLORS = {
  blue: '#1677ff',
  green: '#52c41a',
  gold: '#faad14',
  purple: '#722ed1',
  cyan: '#13c2c2',
};

/** Room for the legend on top and the axis labels inside the box. */
export function frame(ctx: ReportContext, legend = true) {
  return {
    grid: { left: 8, right: 8, top: legend ? 40 : 16, bottom: 8, containLabel: true },
    legend: legend ? { top: 0, type: 'scroll' } : undefined,
    tooltip: { trigger: 'axis', confine: true },
    aria: { enabled: true },
    textStyle: { fontSize: ctx.isPhone ? 11 : 12 },
  };
}

/** Roughly how wide a label draws at 12px: Chinese characters are twice a Latin letter. */
export const labelWidth = (label: string) => [...label].reduce((w, ch) => w + (ch > '\u2e80' ? 12 : 7), 0);

/** Categories along the bottom, every one named; turned when they would run into each other. */
export function categoryAxis(labels: string[], ctx: ReportContext) {
  const widest = Math.max(0, ...labels.map(labelWidth));
  const crowded = labels.length * (widest + 10) > (ctx.isPhone ? 300 : 780);
  return {
    type: 'category',
    data: labels,
    axisLabel: { interval: 0, rotate: crowded ? 35 : 0 },
  };
}

/** Money in 元 on the axis, in 万/亿 at a glance; the chart is fed 元. */
export function yuanAxis(locale: TLocale, extra: object = {}) {
  return {
    type: 'value',
    minInterval: 1,
    axisLabel: { formatter: (v: number) => formatYuanShort(Math.round(v * 100), locale), hideOverlap: true },
    ...extra,
  };
}

export const countAxis = (extra: object = {}) => ({
  type: 'value',
  minInterval: 1,
  axisLabel: { hideOverlap: true },
  ...extra,
});

/** A value axis along the bottom of a phone has room for few labels. */
export const acrossAxis = (ctx: ReportContext) => (ctx.isPhone ? { splitNumber: 3 } : {});

/** Rates are fed as shares 0–1. */
export const rateAxis = (extra: object = {}) => ({
  type: 'value',
  min: 0,
  axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` },
  ...extra,
});

export const yuanOf = (fen: number | null) => (fen === null ? null : fen / 100);
export const yuanTip = (locale: TLocale) => (v: unknown) =>
  typeof v === 'number' ? formatYuan(Math.round(v * 100), locale) : '—';
export const rateTip = (v: unknown) => (typeof v === 'number' ? formatRate(v) : '—');
export const countTip = (locale: TLocale) => (v: unknown) =>
  typeof v === 'number' ? v.toLocaleString(locale, { maximumFractionDigits: 1 }) : '—';

/** A bar series of counts, coloured, with counts in its tooltip. */
export const countBar = (name: string, data: number[], color: string, locale: TLocale) => ({
  type: 'bar',
  name,
  data,
  itemStyle: { color },
  tooltip: { valueFormatter: countTip(locale) },
});
