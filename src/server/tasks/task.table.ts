import type { Selectable } from 'kysely';
import type { CommonColumns, Instant } from '../db/common.table';
import type { TCommitment } from '../../domain/follow-up';
import type { TTaskSource } from '../../domain/task';

export interface TaskTable extends CommonColumns {
  customer_id: string | null;
  /** Set for a task made from a follow-up's next action or commitment (`source` and `source_index` say which). */
  follow_up_id: string | null;
  source: TTaskSource;
  source_index: number | null;
  side: TCommitment['side'] | null;
  title: string;
  notes: string | null;
  assignee_id: string;
  due_date: string | null;
  done_at: Instant | null;
  done_by: string | null;
}
export type TaskRow = Selectable<TaskTable>;
