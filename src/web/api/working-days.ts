import type {
  TSpecialDay,
  TWorkingDayOverrideInput,
  TWorkingDaysYear,
} from '../../domain/working-day-override';
import { api } from './client';

export const workingDaysKey = ['working-days'] as const;

export function getWorkingDaysYear(year: number): Promise<TWorkingDaysYear> {
  return api.get('/working-days', { year });
}

export function setWorkingDay(day: string, input: TWorkingDayOverrideInput): Promise<TSpecialDay> {
  return api.put(`/working-days/${day}`, input);
}

export function removeWorkingDay(day: string): Promise<void> {
  return api.delete(`/working-days/${day}`);
}
