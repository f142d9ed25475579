import type { TCommitment, TNextAction } from '../../domain/follow-up';
import { fromJson, nowIso, toJson } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import type { Scope } from '../http/policy';
import type { FollowUpRow } from '../follow-ups/follow-up.table';
import type { TaskRow } from './task.table';

interface Wanted {
  source: 'nextAction' | 'commitment';
  index: number;
  title: string;
  assignee: string;
  due: string | null;
  done: boolean;
  side: TCommitment['side'] | null;
}

function wantedTasks(followUp: FollowUpRow): Wanted[] {
  const actions = fromJson<TNextAction[]>(followUp.next_actions) ?? [];
  const commitments = fromJson<TCommitment[]>(followUp.commitments) ?? [];
  return [
    ...actions.map((a, index) => ({
      source: 'nextAction' as const,
      index,
      title: a.text,
      assignee: a.assigneeId ?? followUp.user_id,
      due: a.dueDate ?? null,
      done: a.done ?? false,
      side: null,
    })),
    // The customer's own promises are the follow-up's author's to chase, so they are tasks too.
    ...commitments.map((c, index) => ({
      source: 'commitment' as const,
      index,
      title: c.text,
      assignee: followUp.user_id,
      due: c.dueDate ?? null,
      done: c.done ?? false,
      side: c.side,
    })),
  ];
}

const isSame = (t: TaskRow, w: Wanted) =>
  t.title === w.title &&
  t.assignee_id === w.assignee &&
  t.due_date === w.due &&
  t.side === w.side &&
  (t.done_at !== null) === w.done;

/**
 * Makes the follow-up's next actions and commitments its tasks: one task per item, matched by position, so a task
 * keeps its identity (and its place in someone's list) while the follow-up is edited. Items removed from the
 * follow-up take their tasks with them; the follow-up's history keeps their text.
 */
export async function syncFollowUpTasks(db: DB, scope: Scope, followUp: FollowUpRow): Promise<void> {
  const existing = await db.selectFrom('tasks').selectAll().where('follow_up_id', '=', followUp.id).execute();
  const byKey = new Map(existing.map((t) => [`${t.source}:${t.source_index}`, t]));
  const now = nowIso();
  for (const w of wantedTasks(followUp)) {
    const key = `${w.source}:${w.index}`;
    const task = byKey.get(key);
    byKey.delete(key);
    const columns = { title: w.title, assignee_id: w.assignee, due_date: w.due, side: w.side };
    if (!task) {
      await db
        .insertInto('tasks')
        .values({
          ...newRecord(scope, now),
          ...columns,
          customer_id: followUp.customer_id,
          follow_up_id: followUp.id,
          source: w.source,
          source_index: w.index,
          done_at: w.done ? now : null,
          done_by: w.done ? scope.userId || null : null,
        })
        .execute();
    } else if (!isSame(task, w)) {
      const doneNow = w.done && task.done_at === null;
      await db
        .updateTable('tasks')
        .set({
          ...columns,
          done_at: w.done ? (task.done_at ?? now) : null,
          done_by: w.done ? (doneNow ? scope.userId || null : task.done_by) : null,
          version: task.version + 1,
          updated_at: now,
          updated_by: scope.userId || null,
        })
        .where('id', '=', task.id)
        .execute();
    }
  }
  const gone = [...byKey.values()].map((t) => t.id);
  if (gone.length) await db.deleteFrom('tasks').where('id', 'in', gone).execute();
}

/** A follow-up going to the recycle bin takes its live tasks along, marked with the same instant… */
export async function binFollowUpTasks(db: DB, scope: Scope, followUpId: string, at: string): Promise<void> {
  await db
    .updateTable('tasks')
    .set({ deleted_at: at, deleted_by: scope.userId || null })
    .where('follow_up_id', '=', followUpId)
    .where('deleted_at', 'is', null)
    .execute();
}

/** …so that restoring it brings back exactly those, not a task someone had deleted on its own before. */
export async function restoreFollowUpTasks(db: DB, followUpId: string, deletedAt: string): Promise<void> {
  await db
    .updateTable('tasks')
    .set({ deleted_at: null, deleted_by: null })
    .where('follow_up_id', '=', followUpId)
    .where('deleted_at', '=', deletedAt)
    .execute();
}

/**
 * A task made from a follow-up item that is ticked off or moved writes that back into the follow-up, so the card's
 * checklist and the task list never disagree. The follow-up's version moves: an open edit of it is now stale.
 */
export async function writeBackToFollowUp(db: DB, scope: Scope, task: TaskRow): Promise<void> {
  if (!task.follow_up_id || task.source_index === null) return;
  const followUp = await db
    .selectFrom('follow_ups')
    .select(['id', 'version', 'commitments', 'next_actions'])
    .where('id', '=', task.follow_up_id)
    .executeTakeFirst();
  if (!followUp) return;
  const column = task.source === 'commitment' ? 'commitments' : 'next_actions';
  const items = fromJson<(TCommitment | TNextAction)[]>(followUp[column]) ?? [];
  const item = items[task.source_index];
  if (!item) return;
  items[task.source_index] = { ...item, done: task.done_at !== null, dueDate: task.due_date };
  await db
    .updateTable('follow_ups')
    .set({
      [column]: toJson(items),
      version: followUp.version + 1,
      updated_at: nowIso(),
      updated_by: scope.userId || null,
    })
    .where('id', '=', followUp.id)
    .execute();
}
