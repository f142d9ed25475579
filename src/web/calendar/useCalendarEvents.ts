import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { calendarKey, getCalendar } from '../api/calendar';
import { eventsByDate, monthGrid } from './calendarRange';

/** The events of the whole grid around `month`, by day; the week view reads from the same answer. */
export function useCalendarEvents(month: Dayjs) {
  const { from, to } = monthGrid(month);
  const query = useQuery({
    queryKey: [...calendarKey, 'events', from, to],
    queryFn: ({ signal }) => getCalendar(from, to, signal),
    placeholderData: keepPreviousData,
  });
  return { ...query, byDate: eventsByDate(query.data?.events ?? []) };
}
