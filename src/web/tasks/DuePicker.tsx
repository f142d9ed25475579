import { CalendarOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Calendar, Drawer, Flex, Popover, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { daysBetween } from '../../domain/cadence';
import { monthTitle } from '../calendar/calendarRange';
import { useIsPhone } from '../components/useIsPhone';
import { useLocale, useT } from '../i18n/I18nProvider';
import { dueLabel, quickDates } from './dueDates';
import { useToday } from './useToday';

/** The date a task is due, shown in red when overdue; clicking it offers quick choices and a month to pick from. */
export function DuePicker(props: {
  dueDate: string | null;
  done: boolean;
  disabled?: boolean;
  onChange: (date: string | null) => void;
}) {
  const { dueDate, done, disabled, onChange } = props;
  const t = useT();
  const [locale] = useLocale();
  const today = useToday();
  const isPhone = useIsPhone();
  const [open, setOpen] = useState(false);
  const days = dueDate ? daysBetween(today, dueDate) : null;
  const tone = done || days === null ? 'is-muted' : days < 0 ? 'is-overdue' : days === 0 ? 'is-today' : '';

  function pick(date: string | null) {
    setOpen(false);
    onChange(date);
  }

  const trigger = (
    <button
      type="button"
      className={`keyi-task-due ${tone}`}
      disabled={disabled}
      aria-label={t.tasks.setDue}
      title={days !== null && days < 0 && !done ? t.tasks.overdueBy(-days) : t.tasks.setDue}
      onClick={isPhone ? () => setOpen(true) : undefined}
    >
      <CalendarOutlined />
      <span>{dueDate ? dueLabel(dueDate, today, t, locale) : t.tasks.noDue}</span>
    </button>
  );
  if (disabled) return trigger;

  const clear = dueDate && (
    <Button size={isPhone ? 'middle' : 'small'} type="text" danger onClick={() => pick(null)}>
      {t.tasks.quick.clear}
    </Button>
  );
  const panel = (
    <div className="keyi-due-panel">
      <Flex gap={8} wrap>
        {quickDates(today, t).map((q) => (
          <Button
            key={q.label}
            size={isPhone ? 'large' : 'small'}
            type={q.date === dueDate ? 'primary' : 'default'}
            onClick={() => pick(q.date)}
          >
            {q.label}
          </Button>
        ))}
        {!isPhone && clear}
      </Flex>
      <Calendar
        fullscreen={false}
        defaultValue={dayjs(dueDate ?? today)}
        // ‹ month ›: antd's year and month selects stack awkwardly in a narrow popover or a phone drawer.
        headerRender={({ value, onChange }) => (
          <Flex justify="space-between" align="center" className="keyi-due-month">
            <Button
              type="text"
              icon={<LeftOutlined />}
              aria-label={t.calendar.prevMonth}
              onClick={() => onChange(value.subtract(1, 'month'))}
            />
            <Typography.Text strong>{monthTitle(value, locale)}</Typography.Text>
            <Button
              type="text"
              icon={<RightOutlined />}
              aria-label={t.calendar.nextMonth}
              onClick={() => onChange(value.add(1, 'month'))}
            />
          </Flex>
        )}
        onSelect={(date, { source }) => {
          if (source === 'date') pick(date.format('YYYY-MM-DD'));
        }}
      />
    </div>
  );

  if (isPhone) {
    return (
      <>
        {trigger}
        <Drawer
          open={open}
          onClose={() => setOpen(false)}
          placement="bottom"
          size="auto"
          title={t.tasks.setDue}
          extra={clear}
          destroyOnHidden
        >
          {panel}
        </Drawer>
      </>
    );
  }
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      content={panel}
      destroyOnHidden
    >
      {trigger}
    </Popover>
  );
}
