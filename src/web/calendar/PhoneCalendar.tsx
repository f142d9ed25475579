import { Calendar, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TCalendarEvent } from '../api/calendar';
import { useLocale, useT } from '../i18n/I18nProvider';
import { DAY, dayTitle } from './calendarRange';
import { EventList } from './EventItem';

const DOTS = 3;

/** Phones: a compact month with a dot per event, and the picked day's events underneath. */
export function PhoneCalendar(props: {
  cursor: Dayjs;
  today: string;
  byDate: Map<string, TCalendarEvent[]>;
  onCursor: (day: Dayjs) => void;
}) {
  const { cursor, today, byDate, onCursor } = props;
  const t = useT();
  const [locale] = useLocale();
  const selected = cursor.format(DAY);
  return (
    <>
      <div className="keyi-cal-mini-wrap">
        <Calendar
          fullscreen={false}
          value={cursor}
          headerRender={() => null}
          onSelect={(date, { source }) => {
            if (source === 'date') onCursor(date);
          }}
          fullCellRender={(date, info) => {
            if (info.type !== 'date') return info.originNode;
            const key = date.format(DAY);
            const events = byDate.get(key) ?? [];
            const classes = [
              'keyi-cal-mini',
              key === selected && 'is-selected',
              key === today && 'is-today',
              date.month() !== cursor.month() && 'is-outside',
            ].filter(Boolean);
            return (
              <div className={classes.join(' ')}>
                <span className="keyi-cal-mini-date">{date.date()}</span>
                <span className="keyi-cal-mini-dots" aria-hidden>
                  {events.slice(0, DOTS).map((e) => (
                    <span
                      key={`${e.kind}-${e.id}`}
                      className={`keyi-cal-dot is-${e.done ? 'done' : e.kind}`}
                    />
                  ))}
                </span>
              </div>
            );
          }}
        />
      </div>
      <Typography.Title level={5} className="keyi-cal-day-heading">
        {dayTitle(cursor, locale)}
        {selected === today && ` · ${t.calendar.today}`}
      </Typography.Title>
      <EventList events={byDate.get(selected) ?? []} empty={t.calendar.dayEmpty} />
    </>
  );
}
