import type { Kysely } from 'kysely';
import {
  createSourceTriggers,
  dropSourceTriggers,
  inMonth,
  type NumberedSource,
} from './2026_12_01_140000_analytics_month_reports';

// Frozen: a sales member's 跟进及时率 keeps its closed months (analytics_months, report 'timeliness'): the agreed dates
// of a month and how many were answered on time, summed over the member's customers. Over a year that sum walked
// each customer's follow-ups by due date twice per period; the whole workspace reads follow_up_day_counts instead.
// A month is dropped by a change to a follow-up whose agreed date falls in it; a hand-over, a share and the recycle
// bin already drop every report of a member (2026_12_01_140000).

/** Numbered clear of 2026_12_01_140000's sources (a trigger is named by its table and number). */
const SOURCES: NumberedSource[] = [
  [
    100,
    {
      table: 'follow_ups',
      columns: ['due_date', 'day', 'deleted_at', 'customer_id', 'user_id'],
      rows: true,
      reports: ['timeliness'],
      months: inMonth('due_date'),
      membersOnly: true,
    },
  ],
];

export async function up(db: Kysely<any>): Promise<void> {
  await createSourceTriggers(db, SOURCES);
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropSourceTriggers(db, SOURCES);
  await db.deleteFrom('analytics_months').where('report', '=', 'timeliness').execute();
}
