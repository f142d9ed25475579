/**
 * Live follow-ups on live customers per (workspace, day, member, method), kept by triggers (migration
 * 2026_12_01_120000_analytics_facts): `logged` that day; `due`, those whose agreed date was that day, of them `on_time`
 * logged on or before it.
 */
export interface FollowUpDayCountTable {
  workspace_id: string;
  day: string;
  user_id: string;
  method: string;
  logged: number;
  due: number;
  on_time: number;
}

/** A closed month's figures of one report (analytics/kept-months.ts), dropped by triggers when its data changes. */
export interface AnalyticsMonthTable {
  workspace_id: string;
  month: string;
  report: string;
  subject: string;
  /** JSON, or PENDING while being computed. */
  figures: string;
}
