import { Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TCalendarEvent } from '../api/calendar';
import { useLocale, useT } from '../i18n/I18nProvider';
import { DAY, dayTitle, weekDays } from './calendarRange';
import { EventList } from './EventItem';

/** The week holding the cursor, day under day: easier to read than a month when the days are full. */
export function WeekList(props: { cursor: Dayjs; today: string; byDate: Map<string, TCalendarEvent[]> }) {
  const { cursor, today, byDate } = props;
  const t = useT();
  const [locale] = useLocale();
  return (
    <div className="keyi-cal-week">
      {weekDays(cursor).map((day) => {
        const key = day.format(DAY);
        const events = byDate.get(key) ?? [];
        return (
          <section key={key} className={`keyi-cal-week-day${key === today ? ' is-today' : ''}`}>
            <h4 className="keyi-cal-day-title">
              {dayTitle(day, locale)}
              {key === today && <Tag color="blue">{t.calendar.today}</Tag>}
              {events.length > 0 && (
                <span className="keyi-cal-muted">{t.calendar.dayCount(events.length)}</span>
              )}
            </h4>
            <EventList events={events} empty={t.calendar.dayEmpty} />
          </section>
        );
      })}
    </div>
  );
}
