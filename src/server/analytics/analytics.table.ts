/**
 * How follow_up_day_counts keeps a day's counts: all together, by member (the follow-up's), by method, by member and
 * method; by the customer's owner (`owner`), and of those the ones the owner logged (`owner_self`).
 */
export type TFollowUpCountKind = 'all' | 'user' | 'method' | 'user_method' | 'owner' | 'owner_self';

/**
 * Live follow-ups on live customers per workspace and day, kept by triggers (migrations
 * 2026_12_01_120000_analytics_facts and, for the owner kinds, 2026_12_02_120000_owner_follow_up_counts): `logged`
 * that day; `due`, those whose agreed date was that day, of them `on_time` logged on or before it. `user_id` and
 * `method` are '' where the kind does not keep them apart.
 */
export interface FollowUpDayCountTable {
  workspace_id: string;
  kind: TFollowUpCountKind;
  user_id: string;
  method: string;
  day: string;
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
