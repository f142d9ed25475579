import type { EChartsCoreOption } from 'echarts/core';
import type { TLocale } from '../../../domain/locale';
import type { analyticsZh } from '../../i18n/zh-CN/analytics';
import type { ReportTable } from '../reportTable';

export type ReportMessages = (typeof analyticsZh)['reports'];

/** What a report's chart, table and definitions are drawn with. */
export interface ReportContext {
  t: ReportMessages;
  locale: TLocale;
  isPhone: boolean;
}

export interface ReportChart {
  option: EChartsCoreOption;
  height: number;
}

/** One report page: how its response becomes definitions, a chart and the table behind it. */
export interface ReportSpec<D> {
  /** false: a figure of today whatever the period (receivables ageing). */
  periodic: boolean;
  /** false: the report compares members and takes none (the leaderboard). */
  byMember: boolean;
  definitions: (data: D, ctx: ReportContext) => string[];
  /** null: nothing to draw (no rows in the period). */
  chart: (data: D, ctx: ReportContext) => ReportChart | null;
  table: (data: D, ctx: ReportContext) => ReportTable;
  /** A line under the chart for what the table leaves out (the funnel's lost deals). */
  note?: (data: D, ctx: ReportContext) => string | null;
}
