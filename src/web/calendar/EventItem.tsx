import { useNavigate } from 'react-router';
import type { TCalendarEvent } from '../api/calendar';
import { useT } from '../i18n/I18nProvider';

/**
 * One event, as a one-line chip in a month cell or a two-line row in a list. Blue for a customer due for
 * follow-up, green for a task, grey and struck through once done; a click opens where it lives.
 */
export function EventItem({ event, variant }: { event: TCalendarEvent; variant: 'chip' | 'row' }) {
  const t = useT();
  const navigate = useNavigate();
  const kind = t.calendar.kinds[event.kind];
  const detail = [kind, event.detail, event.done ? t.calendar.done : ''].filter(Boolean).join(' · ');
  return (
    <button
      type="button"
      className={`keyi-cal-event is-${variant} is-${event.kind}${event.done ? ' is-done' : ''}`}
      title={`${event.title}\n${detail}`}
      onClick={(e) => {
        // Inside a month cell the click would also select the day; the event wins.
        e.stopPropagation();
        void navigate(event.link);
      }}
    >
      <span className="keyi-cal-dot" aria-hidden />
      <span className="keyi-cal-event-text">
        <span className="keyi-cal-event-title">{event.title}</span>
        {variant === 'row' && <span className="keyi-cal-event-detail">{detail}</span>}
      </span>
    </button>
  );
}

/** A day's events as a list; `empty` when there are none. */
export function EventList({ events, empty }: { events: TCalendarEvent[]; empty: string }) {
  if (events.length === 0) return <div className="keyi-cal-empty">{empty}</div>;
  return (
    <div className="keyi-cal-list" role="list">
      {events.map((event) => (
        <div role="listitem" key={`${event.kind}-${event.id}`}>
          <EventItem event={event} variant="row" />
        </div>
      ))}
    </div>
  );
}
