import type { Kysely } from 'kysely';
import * as timelinessMonths from './2026_12_02_090000_analytics_timeliness_months';

// Frozen: a sales member's 跟进及时率 no longer keeps its closed months (report 'timeliness', 2026_12_02_090000):
// the agreed dates of the customers they own are counted per day by owner (2026_12_02_120000), a year is 365 rows,
// and those triggers dropped months on every follow-up written for nothing.

export async function up(db: Kysely<any>): Promise<void> {
  await timelinessMonths.down(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await timelinessMonths.up(db);
}
