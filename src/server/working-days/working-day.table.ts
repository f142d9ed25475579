import type { Selectable } from 'kysely';
import type { TDayKind } from '../../domain/working-day-override';
import type { CommonColumns } from '../db/common.table';

/** A workspace's override of one calendar day; the statutory schedule itself comes from the library. */
export interface WorkingDayOverrideTable extends CommonColumns {
  day: string;
  kind: TDayKind;
  name: string | null;
}
export type WorkingDayOverrideRow = Selectable<WorkingDayOverrideTable>;
