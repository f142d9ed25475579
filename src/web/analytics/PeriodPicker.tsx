import { DatePicker, Segmented, Select } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { PERIODS, type TPeriod } from '../../domain/analytics';
import type { TAnalyticsParams } from '../api/analytics';
import { useKeyShortcut } from '../customers/useKeyShortcut';
import { useT } from '../i18n/I18nProvider';

/** 本周 / 本月 / 本季度 / 本年 / 自定义; W, M, Q and Y switch without the mouse. */
export function PeriodPicker(props: {
  query: TAnalyticsParams;
  onChange: (next: TAnalyticsParams) => void;
  compact: boolean;
}) {
  const { query, onChange, compact } = props;
  const t = useT();
  const pick = useCallback(
    (period: TPeriod) =>
      onChange(period === 'custom' ? { ...query, period } : { period, userId: query.userId }),
    [onChange, query],
  );
  useKeyShortcut(
    'w',
    useCallback(() => pick('week'), [pick]),
  );
  useKeyShortcut(
    'm',
    useCallback(() => pick('month'), [pick]),
  );
  useKeyShortcut(
    'q',
    useCallback(() => pick('quarter'), [pick]),
  );
  useKeyShortcut(
    'y',
    useCallback(() => pick('year'), [pick]),
  );
  const options = PERIODS.map((p) => ({ value: p, label: t.analytics.periods[p] }));
  return (
    <>
      {compact ? (
        // Five choices side by side do not fit a phone's width.
        <Select<TPeriod>
          value={query.period}
          onChange={pick}
          options={options}
          aria-label={t.analytics.period}
          style={{ width: 120 }}
        />
      ) : (
        <Segmented<TPeriod> value={query.period} onChange={pick} options={options} />
      )}
      {query.period === 'custom' && (
        <DatePicker.RangePicker
          allowClear={false}
          value={query.from && query.to ? [dayjs(query.from), dayjs(query.to)] : null}
          onChange={(range) =>
            range?.[0] &&
            range[1] &&
            onChange({ ...query, from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') })
          }
          aria-label={t.analytics.periods.custom}
        />
      )}
    </>
  );
}
