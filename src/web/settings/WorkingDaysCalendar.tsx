import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Calendar, Flex, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLocale, useT } from '../i18n/I18nProvider';
import { dayName, formatMonth, isWeekend, type TDayMap } from './workingDayView';

// Red for days off, blue for days worked that would not be by default, as Chinese wall calendars mark 休 and 班.
const REST = { background: '#fff1f0', color: '#cf1322' };
const WORK = { background: '#e6f4ff', color: '#0958d9' };

function DayCell(props: { date: Dayjs; month: Dayjs; days: TDayMap; today: string }) {
  const { date, month, days, today } = props;
  const t = useT();
  const [locale] = useLocale();
  const day = date.format('YYYY-MM-DD');
  const special = days.get(day);
  const weekend = isWeekend(day);
  const colors = special
    ? special.kind === 'rest'
      ? REST
      : WORK
    : { color: weekend ? '#8c8c8c' : undefined };
  return (
    <div
      title={special ? (dayName(special, locale) ?? t.workingDays.sources[special.source]) : undefined}
      style={{
        ...colors,
        width: 36,
        margin: '0 auto',
        padding: '1px 0',
        borderRadius: 6,
        lineHeight: '16px',
        textAlign: 'center',
        fontWeight: day === today ? 700 : undefined,
        opacity: date.month() === month.month() ? 1 : 0.35,
        // A company change is outlined, so it stands apart from the official marks.
        border: special?.source === 'override' ? '1px dashed #fa8c16' : '1px solid transparent',
        textDecoration: day === today ? 'underline' : undefined,
      }}
    >
      <div>{date.date()}</div>
      <div style={{ fontSize: 10, lineHeight: '12px', minHeight: 12 }}>
        {special ? t.workingDays.marks[special.kind] : ''}
      </div>
    </div>
  );
}

/** One month, compact enough for a 390px phone; picking a day opens its change (when the reader may edit). */
export function WorkingDaysCalendar(props: {
  month: Dayjs;
  days: TDayMap;
  today: string;
  onMonthChange: (month: Dayjs) => void;
  onPick?: (day: string) => void;
}) {
  const { month, days, today, onMonthChange, onPick } = props;
  const t = useT();
  const [locale] = useLocale();
  return (
    <Calendar
      fullscreen={false}
      value={month}
      onPanelChange={(date) => onMonthChange(date.startOf('month'))}
      onSelect={(date, { source }) => {
        if (source === 'date') onPick?.(date.format('YYYY-MM-DD'));
      }}
      headerRender={({ value, onChange }) => (
        <Flex justify="space-between" align="center" style={{ padding: '4px 4px 8px' }}>
          <Button
            type="text"
            icon={<LeftOutlined />}
            aria-label={t.workingDays.prevMonth}
            onClick={() => onChange(value.subtract(1, 'month'))}
          />
          <Typography.Text strong>{formatMonth(value.year(), value.month(), locale)}</Typography.Text>
          <Button
            type="text"
            icon={<RightOutlined />}
            aria-label={t.workingDays.nextMonth}
            onClick={() => onChange(value.add(1, 'month'))}
          />
        </Flex>
      )}
      fullCellRender={(date, info) =>
        info.type === 'date' ? (
          <DayCell date={date} month={month} days={days} today={today} />
        ) : (
          info.originNode
        )
      }
    />
  );
}
