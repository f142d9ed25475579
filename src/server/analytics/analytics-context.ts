import {
  customPeriodError,
  periodRanges,
  type DayRange,
  type TAnalyticsQuery,
  type TPeriod,
} from '../../domain/analytics';
import type { THealthThresholds } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { now } from '../clock';
import type { Reader } from '../customers/customer-context';
import { customerVisible } from '../customers/customer-list';
import { userNames } from '../customers/customer.repository';
import type { DB } from '../db/schema';
import { AppError } from '../http/errors';
import { subjectOf } from '../today/today.service';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';

/** What every report needs: the periods in the workspace's days, whose numbers, and how to scope a row. */
export interface AnalyticsContext {
  reader: Reader;
  kind: TPeriod;
  current: DayRange;
  previous: DayRange;
  today: string;
  timeZone: string;
  health: THealthThresholds;
  /** One member's numbers; null: all the caller may see. */
  userId: string | null;
  userName: string | null;
}

export async function analyticsContext(
  db: DB,
  reader: Reader,
  query: TAnalyticsQuery,
): Promise<AnalyticsContext> {
  const problem = customPeriodError(query);
  if (problem) throw new AppError('VALIDATION_FAILED', { fields: [problem] });
  const settings = await loadWorkspaceSettings(db, reader.scope.workspaceId);
  const today = todayIn(settings.timeZone, now());
  const userId = query.userId ? subjectOf(reader, query.userId) : null;
  const names = userId ? await userNames(db, reader.scope.workspaceId, [userId]) : new Map<string, string>();
  if (userId && !names.has(userId)) throw new AppError('NOT_FOUND');
  return {
    reader,
    kind: query.period,
    ...periodRanges(query, today),
    today,
    timeZone: settings.timeZone,
    health: settings.health,
    userId,
    userName: userId ? (names.get(userId) ?? null) : null,
  };
}

/** Whether the caller sees every customer of the workspace (then the kept counts answer for them). */
export const seesWholeWorkspace = (ctx: AnalyticsContext) => !ctx.reader.scope.ownOnly;

/** A row's customer is one the caller may see (`column` names the row's customer id), as the lists decide. */
export const visibleCustomer = (db: DB, ctx: AnalyticsContext, column: string) =>
  customerVisible(db, ctx.reader.scope, column);
