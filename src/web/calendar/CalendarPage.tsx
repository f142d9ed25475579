import { CheckSquareOutlined, MobileOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Modal, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { useIsPhone } from '../components/useIsPhone';
import { useT } from '../i18n/I18nProvider';
import { useToday } from '../tasks/useToday';
import { DAY } from './calendarRange';
import { CalendarToolbar, type TCalendarMode } from './CalendarToolbar';
import { FeedPanel, useCalendarFeed } from './FeedPanel';
import { MonthView } from './MonthView';
import { PhoneCalendar } from './PhoneCalendar';
import { useCalendarEvents } from './useCalendarEvents';
import { WeekList } from './WeekList';
import './calendar.css';

/** 日历: customers due for follow-up and tasks by day; the day and view live in the address, so Back returns here. */
export function CalendarPage() {
  const t = useT();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const [feedOpen, setFeedOpen] = useState(false);
  const feed = useCalendarFeed();
  const picked = params.get('date');
  const cursor = picked && /^\d{4}-\d{2}-\d{2}$/.test(picked) ? dayjs(picked) : dayjs(today);
  // Phones always show the compact month with the day's list, which already is a list view.
  const mode: TCalendarMode = !isPhone && params.get('view') === 'week' ? 'week' : 'month';
  const events = useCalendarEvents(cursor);

  function show(day: Dayjs, nextMode: TCalendarMode = mode) {
    const next = new URLSearchParams();
    if (day.format(DAY) !== today) next.set('date', day.format(DAY));
    if (nextMode === 'week') next.set('view', 'week');
    setParams(next, { replace: true });
  }

  const feedButton = (
    <Button icon={<MobileOutlined />} onClick={() => setFeedOpen(true)}>
      {isPhone ? t.calendar.feed.short : t.calendar.feed.title}
      {feed.data?.active && <Badge status="success" aria-label={t.calendar.feed.active} />}
    </Button>
  );

  let body;
  if (events.isError && !events.data)
    body = <LoadError error={events.error} onRetry={() => void events.refetch()} />;
  else if (isPhone)
    body = <PhoneCalendar cursor={cursor} today={today} byDate={events.byDate} onCursor={(d) => show(d)} />;
  else if (mode === 'week') body = <WeekList cursor={cursor} today={today} byDate={events.byDate} />;
  else
    body = (
      <MonthView
        cursor={cursor}
        byDate={events.byDate}
        onCursor={(d) => show(d)}
        onMore={(d) => show(d, 'week')}
      />
    );

  return (
    <div className={isPhone ? 'keyi-calendar-phone' : 'keyi-calendar-page'}>
      <PageHeader
        title={t.calendar.title}
        subtitle={isPhone ? undefined : t.calendar.subtitle}
        extra={
          <>
            {feedButton}
            {isPhone && (
              <Button icon={<CheckSquareOutlined />} onClick={() => void navigate('/tasks')}>
                {t.calendar.tasks}
              </Button>
            )}
          </>
        }
      />
      <Card size="small" className="keyi-cal-card">
        <CalendarToolbar
          mode={mode}
          cursor={cursor}
          today={dayjs(today)}
          onCursor={(d) => show(d)}
          onMode={isPhone ? undefined : (m) => show(cursor, m)}
        />
        <Spin spinning={events.isPending}>{body}</Spin>
      </Card>
      <Modal
        open={feedOpen}
        title={t.calendar.feed.title}
        onCancel={() => setFeedOpen(false)}
        footer={null}
        width={isPhone ? '100%' : 560}
        destroyOnHidden
      >
        <FeedPanel />
      </Modal>
    </div>
  );
}
