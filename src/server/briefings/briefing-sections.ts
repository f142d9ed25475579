import type { TBlocker, TBriefingTask, TSupport } from '../../domain/briefing';
import type { TDeal } from '../../domain/deal';
import type { TFollowUp } from '../../domain/follow-up';
import type { TTask } from '../../domain/task';

/** A follow-up with its day in the workspace's time zone. */
export type DatedFollowUp = TFollowUp & { day: string };

const UNEASY = new Set<TFollowUp['attitude']>(['hesitant', 'negative']);

export function toBriefingTask(task: TTask, today: string): TBriefingTask {
  return {
    title: task.title,
    source: task.source,
    side: task.side,
    dueDate: task.dueDate,
    overdue: task.dueDate !== null && task.dueDate < today,
    assignee: task.assignee.name,
  };
}

/**
 * 当前卡点, from what the record says stands in the way, newest first:
 * - the customer's feedback 客户反馈 in the recent follow-ups, unless they were positive that day (objections are
 *   written there: "觉得价格偏高", "要等老板回来");
 * - the note on a hesitant or negative attitude 客户态度, or the attitude alone when no note was written;
 * - promises the customer made (side `theirs`) that are past due: we are waiting on them;
 * - the competition 竞争情况 noted in the needs profile.
 */
export function blockersOf(
  followUps: DatedFollowUp[],
  promises: TBriefingTask[],
  competition: string | null,
): TBlocker[] {
  const blockers: TBlocker[] = [];
  for (const f of followUps) {
    if (f.feedback && f.attitude !== 'positive')
      blockers.push({ source: 'feedback', day: f.day, attitude: f.attitude, text: f.feedback });
    if (UNEASY.has(f.attitude))
      blockers.push({ source: 'attitude', day: f.day, attitude: f.attitude, text: f.attitudeNote });
  }
  for (const p of promises.filter((p) => p.side === 'theirs' && p.overdue))
    blockers.push({ source: 'theirPromise', day: p.dueDate, attitude: null, text: p.title });
  if (competition) blockers.push({ source: 'competition', day: null, attitude: null, text: competition });
  return blockers;
}

const support = (kind: TSupport['kind'], fields: Partial<Omit<TSupport, 'kind'>>): TSupport => ({
  kind,
  title: null,
  date: null,
  amount: null,
  count: null,
  ...fields,
});

/**
 * 需要的支持: what the owner needs someone else for: a manager's decision on a deal waiting for approval, a deal past
 * its expected close date (push or re-plan it together), money overdue (collection may need escalation), and our own
 * promises past due (someone must help keep them).
 */
export function supportOf(
  openDeals: TDeal[],
  overdueReceivable: { amount: number; count: number },
  promises: TBriefingTask[],
  today: string,
): TSupport[] {
  const items: TSupport[] = [];
  for (const deal of openDeals) {
    if (deal.pendingApproval)
      items.push(
        support('approvalPending', { title: deal.title, amount: deal.pendingApproval.quotedAmount }),
      );
    else if (deal.expectedCloseDate && deal.expectedCloseDate < today)
      items.push(support('dealPastClose', { title: deal.title, date: deal.expectedCloseDate }));
  }
  if (overdueReceivable.amount > 0)
    items.push(
      support('receivableOverdue', { amount: overdueReceivable.amount, count: overdueReceivable.count }),
    );
  const ours = promises.filter((p) => p.side !== 'theirs' && p.overdue);
  if (ours.length > 0) items.push(support('promiseOverdue', { count: ours.length }));
  return items;
}

/** 建议下一步: what the latest follow-up said to do next and is not done yet. */
export function nextActionsOf(latest: TFollowUp | undefined, names: Map<string, string>) {
  return (latest?.nextActions ?? [])
    .filter((a) => !a.done)
    .map((a) => ({
      text: a.text,
      dueDate: a.dueDate ?? null,
      // A next action without an assignee is the author's own.
      assignee: a.assigneeId ? (names.get(a.assigneeId) ?? null) : (latest?.user.name ?? null),
    }));
}
