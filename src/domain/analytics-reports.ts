import { z } from 'zod';
import { PERIODS, ZAnalyticsQuery } from './analytics';
import { STAGE_KINDS } from './pipeline';
import type { TLocale } from './locale';

/** What every report says about itself: the period reported and whose numbers. */
const ZReportHead = {
  period: z.object({
    kind: z.enum(PERIODS),
    current: z.object({ from: z.string(), to: z.string() }),
  }),
  /** One member's numbers, or all the caller may see (a sales member: their own customers). */
  subject: z.object({ userId: z.string().nullable(), name: z.string().nullable() }),
};

/** Records with no value in a dictionary field are one row, shown with this label and a null key. */
export function unknownLabel(locale: TLocale): string {
  return locale === 'en-US' ? 'Unknown' : '未知';
}

/** A dictionary entry a row stands for; null key: records without a value. */
const ZRowKey = { key: z.string().nullable(), label: z.string() };

/** A share 0–1; null when there is nothing to divide by. */
const ZRate = z.number().nullable();

/** A calendar month of the period, clipped to it (the current month ends today). */
const ZMonth = z.object({ month: z.string(), from: z.string(), to: z.string() });

export const ZFunnelQuery = ZAnalyticsQuery.extend({
  /** The pipeline to follow; the workspace's default one when absent. */
  pipelineId: z.string().max(64).optional(),
});
export type TFunnelQuery = z.infer<typeof ZFunnelQuery>;

const ZFunnelStage = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.enum(STAGE_KINDS),
  /** Deals of the cohort that were ever in this stage or one further on. */
  reached: z.number().int(),
  /** reached / cohort. */
  share: ZRate,
  /** reached / the previous row's reached; null on the first row. */
  conversion: ZRate,
  /** Median days (workspace days) spent in the stage by the cohort's deals that left it; null when none did. */
  medianDays: z.number().nullable(),
});

/** 转化漏斗: the deals created in the period, stage by stage. */
export const ZFunnelReport = z.object({
  ...ZReportHead,
  pipeline: z.object({ id: z.string(), name: z.string() }),
  cohort: z.number().int(),
  stages: z.array(ZFunnelStage),
  lost: z.object({
    count: z.number().int(),
    reasons: z.array(z.object({ ...ZRowKey, count: z.number().int() })),
  }),
});
export type TFunnelReport = z.infer<typeof ZFunnelReport>;

const ZChannelFigures = {
  count: z.number().int(),
  /** Of them, customers with a deal won by today. */
  won: z.number().int(),
  /** won / count. */
  conversionRate: ZRate,
};

/** 来源渠道统计: customers created in the period by source channel, and how many of them have bought. */
export const ZSourceChannelsReport = z.object({
  ...ZReportHead,
  rows: z.array(z.object({ ...ZRowKey, ...ZChannelFigures })),
  totals: z.object(ZChannelFigures),
});
export type TSourceChannelsReport = z.infer<typeof ZSourceChannelsReport>;

/** Days before a deal's closing day (and the day itself) in which a follow-up counts as having a hand in it. */
export const METHOD_WINDOW_DAYS = 30;

/** 跟进方式: follow-ups of the period by method, and the deals closed in it that each method had a hand in. */
export const ZMethodsReport = z.object({
  ...ZReportHead,
  /** METHOD_WINDOW_DAYS, for the definitions. */
  windowDays: z.number().int(),
  rows: z.array(
    z.object({
      ...ZRowKey,
      followUps: z.number().int(),
      /** Deals closed (won or lost) in the period whose customer was followed up this way in the window. */
      closedDeals: z.number().int(),
      /** Of them, won. */
      wonDeals: z.number().int(),
      /** wonDeals / followUps. */
      conversionRate: ZRate,
      /** wonDeals / closedDeals; null when none closed. */
      winRate: ZRate,
    }),
  ),
});
export type TMethodsReport = z.infer<typeof ZMethodsReport>;

const ZCycleFigures = {
  customers: z.number().int(),
  /** One decimal. */
  averageDays: z.number().nullable(),
  medianDays: z.number().nullable(),
  minDays: z.number().int().nullable(),
  maxDays: z.number().int().nullable(),
};

/** 成交周期: days from first contact to first won deal, for customers first won in the period, by industry. */
export const ZSalesCycleReport = z.object({
  ...ZReportHead,
  rows: z.array(z.object({ ...ZRowKey, ...ZCycleFigures })),
  totals: z.object(ZCycleFigures),
});
export type TSalesCycleReport = z.infer<typeof ZSalesCycleReport>;

/** Integer fen. */
const ZAmount = z.number().int();

/** 月度跟进统计 (seed 000, 5.1): per month of the period, the dashboard's figures. */
export const ZMonthlyReport = z.object({
  ...ZReportHead,
  months: z.array(
    ZMonth.extend({
      newCustomers: z.number().int(),
      wonCustomers: z.number().int(),
      followUps: z.number().int(),
      wonAmount: ZAmount,
      receivedAmount: ZAmount,
    }),
  ),
  totals: z.object({
    newCustomers: z.number().int(),
    /** Customers won in the period, each once (not the sum of the months: one may win in two months). */
    wonCustomers: z.number().int(),
    followUps: z.number().int(),
    wonAmount: ZAmount,
    receivedAmount: ZAmount,
  }),
});
export type TMonthlyReport = z.infer<typeof ZMonthlyReport>;

export const ZChurnReport = z.object({
  ...ZReportHead,
  /** How long without a won deal or a follow-up makes a customer churned (流失). */
  definition: z.object({ inactiveDays: z.number().int() }),
  months: z.array(
    ZMonth.extend({
      /** Customers won before the month began. */
      base: z.number().int(),
      /** Of them, inactive for more than `inactiveDays` as of the month's last day. */
      churned: z.number().int(),
      rate: ZRate,
    }),
  ),
});
export type TChurnReport = z.infer<typeof ZChurnReport>;

export const ZRepurchaseReport = z.object({
  ...ZReportHead,
  months: z.array(
    ZMonth.extend({
      /** Customers with a deal won in the month. */
      buyers: z.number().int(),
      /** Of them, those with two or more won deals by the month's last day. */
      repeat: z.number().int(),
      rate: ZRate,
    }),
  ),
});
export type TRepurchaseReport = z.infer<typeof ZRepurchaseReport>;

export const ZOrderValueReport = z.object({
  ...ZReportHead,
  months: z.array(
    ZMonth.extend({
      deals: z.number().int(),
      /** Won amounts (actual, else expected), fen. */
      amount: ZAmount,
      /** 客单价: amount / deals, rounded to the fen; null without deals. */
      average: ZAmount.nullable(),
      median: ZAmount.nullable(),
    }),
  ),
});
export type TOrderValueReport = z.infer<typeof ZOrderValueReport>;

export const ZLeaderboardReport = z.object({
  ...ZReportHead,
  rows: z.array(
    z.object({
      user: z.object({ id: z.string(), name: z.string(), role: z.string() }),
      wonAmount: ZAmount,
      wonDeals: z.number().int(),
      receivedAmount: ZAmount,
      followUps: z.number().int(),
      newCustomers: z.number().int(),
    }),
  ),
});
export type TLeaderboardReport = z.infer<typeof ZLeaderboardReport>;

export const AGEING_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;

const ZAgeingFigures = z.object({
  count: z.number().int(),
  /** Outstanding: due − received, fen. */
  amount: ZAmount,
  /** Distinct customers. */
  customers: z.number().int(),
});

export const ZReceivablesAgeingReport = z.object({
  ...ZReportHead,
  today: z.string(),
  /** Overdue installments by days past their effective due date; `0-30` is 1–30 days. */
  buckets: z.array(ZAgeingFigures.extend({ bucket: z.enum(AGEING_BUCKETS) })),
  /** Open and not overdue: due today or later, or with no due date yet. */
  notDue: ZAgeingFigures,
  overdue: ZAgeingFigures,
  total: ZAgeingFigures,
});
export type TReceivablesAgeingReport = z.infer<typeof ZReceivablesAgeingReport>;

export const ZHealthReport = z.object({
  ...ZReportHead,
  thresholds: z.object({ dormantAfter: z.number().int(), atRiskAfter: z.number().int() }),
  months: z.array(
    ZMonth.extend({
      /** The day counted as of: the month's last day, or today for the current month. */
      asOf: z.string(),
      active: z.number().int(),
      dormant: z.number().int(),
      atRisk: z.number().int(),
    }),
  ),
});
export type THealthReport = z.infer<typeof ZHealthReport>;

/**
 * The middle value of those counted (value → how many), or the mean of the two middle ones; null when none. Counted
 * values, not a list: a year's figures merge month by month as counts (analytics/kept-months.ts).
 */
export function median(counts: ReadonlyMap<number, number>): number | null {
  const values = [...counts.keys()].sort((a, b) => a - b);
  const n = values.reduce((sum, v) => sum + (counts.get(v) ?? 0), 0);
  if (n === 0) return null;
  const nth = (i: number) => {
    let seen = 0;
    for (const v of values) {
      seen += counts.get(v) ?? 0;
      if (i < seen) return v;
    }
    return values[values.length - 1] as number;
  };
  return n % 2 ? nth((n - 1) / 2) : (nth(n / 2 - 1) + nth(n / 2)) / 2;
}

/** a / b, or null when b is 0. */
export function rate(a: number, b: number): number | null {
  return b ? a / b : null;
}

/** Rows by a figure, largest first, then by label (code-point order, the same on every machine). */
export function byFigureThenLabel<T extends { label: string }>(figure: (row: T) => number) {
  return (a: T, b: T) => figure(b) - figure(a) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}
