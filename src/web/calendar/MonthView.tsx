import { Calendar } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TCalendarEvent } from '../api/calendar';
import { useT } from '../i18n/I18nProvider';
import { DAY } from './calendarRange';
import { EventItem } from './EventItem';

// Lines that fit in antd's fixed-height month cell.
const SHOWN = 3;

/** The desktop month: every day's events in its cell; "N more" opens that day's week. */
export function MonthView(props: {
  cursor: Dayjs;
  byDate: Map<string, TCalendarEvent[]>;
  onCursor: (day: Dayjs) => void;
  onMore: (day: Dayjs) => void;
}) {
  const { cursor, byDate, onCursor, onMore } = props;
  const t = useT();
  return (
    <Calendar
      className="keyi-cal-month"
      value={cursor}
      headerRender={() => null}
      onSelect={(date, { source }) => {
        if (source === 'date') onCursor(date);
      }}
      cellRender={(date, info) => {
        if (info.type !== 'date') return info.originNode;
        const events = byDate.get(date.format(DAY)) ?? [];
        // Three lines fit: three events, or two and "N more".
        const shown = events.length > SHOWN ? SHOWN - 1 : SHOWN;
        return (
          <div className="keyi-cal-cell">
            {events.slice(0, shown).map((event) => (
              <EventItem key={`${event.kind}-${event.id}`} event={event} variant="chip" />
            ))}
            {events.length > shown && (
              <button
                type="button"
                className="keyi-cal-more"
                onClick={(e) => {
                  e.stopPropagation();
                  onMore(date);
                }}
              >
                {t.calendar.more(events.length - shown)}
              </button>
            )}
          </div>
        );
      }}
    />
  );
}
