import { Fragment } from 'react';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLocale, useT } from '../i18n/I18nProvider';
import { monthTitle, rangeTitle, weekDays } from './calendarRange';

/** The legend follows the colours of calendar.css. */
const LEGEND = ['followUpDue', 'task', 'milestone', 'installment', 'contractEnd'] as const;

export type TCalendarMode = 'month' | 'week';

/** ‹ today › and the month (or week) shown, with the month/week switch on wide screens. */
export function CalendarToolbar(props: {
  mode: TCalendarMode;
  cursor: Dayjs;
  today: Dayjs;
  onCursor: (day: Dayjs) => void;
  onMode?: (mode: TCalendarMode) => void;
}) {
  const { mode, cursor, today, onCursor, onMode } = props;
  const t = useT();
  const [locale] = useLocale();
  const unit = mode === 'month' ? 'month' : 'week';
  const week = weekDays(cursor);
  const first = week[0] ?? cursor;
  const last = week[6] ?? cursor;
  const label = mode === 'month' ? monthTitle(cursor, locale) : rangeTitle(first, last, locale);
  return (
    <Flex justify="space-between" align="center" gap={8} wrap className="keyi-cal-toolbar">
      <Flex align="center" gap={4}>
        <Button
          type="text"
          icon={<LeftOutlined />}
          aria-label={mode === 'month' ? t.calendar.prevMonth : t.calendar.prevWeek}
          onClick={() => onCursor(cursor.subtract(1, unit))}
        />
        <Typography.Text strong className="keyi-cal-label">
          {label}
        </Typography.Text>
        <Button
          type="text"
          icon={<RightOutlined />}
          aria-label={mode === 'month' ? t.calendar.nextMonth : t.calendar.nextWeek}
          onClick={() => onCursor(cursor.add(1, unit))}
        />
        <Button size="small" onClick={() => onCursor(today)} style={{ marginInlineStart: 4 }}>
          {t.calendar.today}
        </Button>
      </Flex>
      <Flex align="center" gap={12}>
        <span className="keyi-cal-legend">
          {LEGEND.map((kind) => (
            <Fragment key={kind}>
              <span className={`keyi-cal-dot is-${kind}`} aria-hidden />
              {t.calendar.kinds[kind]}
            </Fragment>
          ))}
          <span className="keyi-cal-dot is-done" aria-hidden />
          {t.calendar.done}
        </span>
        {onMode && (
          <Segmented
            value={mode}
            options={[
              { value: 'month', label: t.calendar.views.month },
              { value: 'week', label: t.calendar.views.week },
            ]}
            onChange={(value) => onMode(value === 'week' ? 'week' : 'month')}
          />
        )}
      </Flex>
    </Flex>
  );
}
