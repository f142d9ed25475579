import { daysBetween } from '../../domain/cadence';
import type { TInstallment, TMilestone } from '../../domain/project';

/** How late a milestone is or was: open past its plan counts to today, done late counts to the day it was done. */
export function daysLate(m: Pick<TMilestone, 'plannedDate' | 'actualDate'>, today: string): number {
  return Math.max(0, daysBetween(m.plannedDate, m.actualDate ?? today));
}

/** Done milestones out of all of them, for "2/3" on a card. */
export function milestoneProgress(milestones: Pick<TMilestone, 'status'>[]): { done: number; total: number } {
  return { done: milestones.filter((m) => m.status === 'done').length, total: milestones.length };
}

/** A whole percentage, never past 100 even when more was received than the contract says. */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return part > 0 ? 100 : 0;
  return Math.min(100, Math.round((part / whole) * 100));
}

/** "30" or "33.3": the share of the contract an installment typed in a form takes. */
export function shareText(part: number, whole: number): string {
  if (whole <= 0) return '';
  return String(Math.round((part / whole) * 1000) / 10);
}

/**
 * When an installment falls due, as a person reads it: its own date, or "M2 完成后 N 天" (and the date it became
 * once that milestone is done).
 */
export function dueParts(
  installment: Pick<TInstallment, 'dueDate' | 'milestoneId' | 'effectiveDueDate'>,
  milestones: Pick<TMilestone, 'id' | 'code'>[],
): { date: string | null; milestoneCode: string | null } {
  if (installment.dueDate) return { date: installment.dueDate, milestoneCode: null };
  const code = milestones.find((m) => m.id === installment.milestoneId)?.code ?? null;
  return { date: installment.effectiveDueDate, milestoneCode: code };
}

export const PROJECT_STATUS_COLORS = {
  not_started: 'default',
  in_progress: 'processing',
  acceptance: 'warning',
  done: 'success',
} as const;
export const MILESTONE_STATUS_COLORS = { pending: 'default', done: 'success', delayed: 'error' } as const;
export const INSTALLMENT_STATUS_COLORS = {
  pending: 'default',
  received: 'success',
  overdue: 'error',
} as const;
