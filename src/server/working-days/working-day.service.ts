import { todayIn } from '../../domain/dates';
import type {
  TAddWorkingDaysResult,
  TCoverageWarning,
  TSpecialDay,
  TWorkingDayOverrideInput,
  TWorkingDaysYear,
} from '../../domain/working-day-override';
import {
  addWorkingDays,
  calendarOf,
  coverage,
  coverageWarning,
  isCovered,
  isRangeCovered,
  specialDay,
  specialDaysOfYear,
  yearOf,
  type CalendarOverride,
  type WorkingCalendar,
} from '../../domain/working-days';
import { isUniqueViolation } from '../db/dialect';
import type { DB } from '../db/schema';
import { AppError, notFound } from '../http/errors';
import type { Scope } from '../http/policy';
import { recordHistory, recordUpdate } from '../history/history.service';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import {
  findOverride,
  insertOverride,
  listOverrides,
  softDeleteOverride,
  updateOverride,
} from './working-day.repository';
import type { WorkingDayOverrideRow } from './working-day.table';

const ENTITY = 'workingDay';

function toCalendarOverride(row: WorkingDayOverrideRow): CalendarOverride {
  return { day: row.day, kind: row.kind, name: row.name, version: row.version };
}

/** The day as the API shows it, with the override applied over what the schedule says. */
function toSpecialDay(row: WorkingDayOverrideRow): TSpecialDay {
  const special = specialDay(row.day, calendarOf([toCalendarOverride(row)]));
  if (!special) throw new Error('an override is always a special day');
  return { day: row.day, ...special };
}

/** What the history keeps of an override: what people set, not the bookkeeping. */
function historyOf(row: WorkingDayOverrideRow) {
  return { day: row.day, kind: row.kind, name: row.name };
}

/**
 * The statutory schedule plus this workspace's overrides, for "due in N working days" anywhere. Read fresh on
 * every call: it is one indexed query over a few dozen rows, and a copy kept in memory would go stale when
 * another app instance changes an override.
 */
export async function loadWorkspaceCalendar(db: DB, workspaceId: string): Promise<WorkingCalendar> {
  return calendarOf((await listOverrides(db, workspaceId)).map(toCalendarOverride));
}

async function workspaceToday(db: DB, workspaceId: string): Promise<string> {
  return todayIn((await loadWorkspaceSettings(db, workspaceId)).timeZone);
}

/**
 * For a notifications module: null while this year and next are covered, else which year is missing. `today` is
 * the workspace's today (its time zone decides when next year is "next").
 */
export async function workingDaysWarning(
  db: DB,
  workspaceId: string,
  today?: string,
): Promise<TCoverageWarning | null> {
  const calendar = await loadWorkspaceCalendar(db, workspaceId);
  return coverageWarning(calendar, today ?? (await workspaceToday(db, workspaceId)));
}

export async function getWorkingDaysYear(
  db: DB,
  scope: Scope,
  year: number | undefined,
): Promise<TWorkingDaysYear> {
  const [calendar, today] = await Promise.all([
    loadWorkspaceCalendar(db, scope.workspaceId),
    workspaceToday(db, scope.workspaceId),
  ]);
  const shown = year ?? yearOf(today);
  return {
    year: shown,
    covered: isCovered(`${shown}-01-01`, calendar),
    items: specialDaysOfYear(shown, calendar),
    lastCoveredYear: coverage(calendar).lastCoveredYear,
    nextYearMissing: !isCovered(`${yearOf(today) + 1}-01-01`, calendar),
    warning: coverageWarning(calendar, today),
  };
}

export async function addWorkingDaysFor(
  db: DB,
  scope: Scope,
  from: string,
  days: number,
): Promise<TAddWorkingDaysResult> {
  const calendar = await loadWorkspaceCalendar(db, scope.workspaceId);
  const date = addWorkingDays(from, days, calendar);
  return { date, covered: isRangeCovered(from, date, calendar) };
}

/** After a write lost a race: the day as it is now (409), or 404 if nobody overrides it any more. */
async function conflictFor(db: DB, scope: Scope, day: string): Promise<AppError> {
  const current = await findOverride(db, scope, day);
  return current
    ? new AppError('VERSION_CONFLICT', { extra: { current: toSpecialDay(current) } })
    : notFound();
}

/** Sets a day's override, creating it if the day has none. A `version` that is not the current one is refused. */
export async function setOverride(
  db: DB,
  scope: Scope,
  day: string,
  input: TWorkingDayOverrideInput,
): Promise<TSpecialDay> {
  const values = { kind: input.kind, name: input.name?.trim() || null };
  try {
    return await db.transaction().execute(async (trx) => {
      const before = await findOverride(trx, scope, day);
      if (!before && input.version !== undefined) throw notFound();
      if (before) {
        const row =
          input.version === undefined || input.version === before.version
            ? await updateOverride(trx, scope, before, values)
            : undefined;
        if (!row) throw await conflictFor(trx, scope, day);
        await recordUpdate(trx, scope, ENTITY, day, historyOf(before), historyOf(row));
        return toSpecialDay(row);
      }
      const row = await insertOverride(trx, scope, { day, ...values });
      await recordHistory(trx, scope, {
        entityType: ENTITY,
        entityId: day,
        action: 'create',
        changes: historyOf(row),
      });
      return toSpecialDay(row);
    });
  } catch (error) {
    // Two people adding the same day at once: the loser sees the winner's override. Asked outside the failed
    // transaction, which PostgreSQL no longer answers in.
    if (isUniqueViolation(error)) throw await conflictFor(db, scope, day);
    throw error;
  }
}

/** The day goes back to what the statutory schedule says; the removed row stays for the history. */
export async function removeOverride(db: DB, scope: Scope, day: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await findOverride(trx, scope, day);
    if (!before) throw notFound();
    if (!(await softDeleteOverride(trx, scope, before))) throw await conflictFor(trx, scope, day);
    await recordHistory(trx, scope, {
      entityType: ENTITY,
      entityId: day,
      action: 'delete',
      changes: historyOf(before),
    });
  });
}
