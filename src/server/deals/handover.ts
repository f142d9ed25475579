import { todayIn } from '../../domain/dates';
import { addWorkingDays } from '../../domain/working-days';
import { formatYuan } from '../../domain/money';
import type { DB } from '../db/schema';
import { newRecord } from '../db/new-record';
import type { Scope } from '../http/policy';
import { loadWorkspaceCalendar } from '../working-days/working-day.service';
import type { DealRow } from './deal.table';

/** Working days the after-sales member has to take a won deal over (the seeds' 售后交接). */
export const HANDOVER_WORKING_DAYS = 3;

/**
 * A won deal becomes a hand-over task 售后交接 for its after-sales member (the owner when none is set), due in three
 * working days by the workspace's calendar (statutory holidays, make-up workdays and its own overrides), written in
 * the assignee's language.
 */
export async function createHandoverTask(
  db: DB,
  scope: Scope,
  deal: DealRow,
  timeZone: string,
): Promise<void> {
  const assignee = deal.after_sales_id ?? deal.owner_id;
  const [calendar, member] = await Promise.all([
    loadWorkspaceCalendar(db, scope.workspaceId),
    db.selectFrom('users').select('locale').where('id', '=', assignee).executeTakeFirst(),
  ]);
  const english = member?.locale === 'en-US';
  const amount = deal.actual_amount ?? deal.expected_amount;
  await db
    .insertInto('tasks')
    .values({
      ...newRecord(scope),
      customer_id: deal.customer_id,
      follow_up_id: null,
      source: 'handover',
      source_index: null,
      side: null,
      title: english ? `After-sales hand-over: ${deal.title}` : `售后交接：${deal.title}`,
      notes: [deal.number, amount === null ? null : formatYuan(amount, english ? 'en-US' : 'zh-CN')]
        .filter(Boolean)
        .join(' · '),
      assignee_id: assignee,
      due_date: addWorkingDays(todayIn(timeZone), HANDOVER_WORKING_DAYS, calendar),
      done_at: null,
      done_by: null,
    })
    .execute();
}
