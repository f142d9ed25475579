import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { todayIn } from '../../domain/dates';
import type { TWorkingDaysYear } from '../../domain/working-day-override';
import { getWorkingDaysYear, workingDaysKey } from '../api/working-days';
import { useCan, useSession } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { SectionLoading } from '../components/PageLoading';
import { useIsPhone } from '../components/useIsPhone';
import { useT } from '../i18n/I18nProvider';
import { SettingsBlock } from './SettingsBlock';
import { WorkingDayModal } from './WorkingDayModal';
import { WorkingDaysCalendar } from './WorkingDaysCalendar';
import { WorkingDaysList } from './WorkingDaysList';

/** Until November a missing next year is news, not yet a problem: the schedule is published in the autumn. */
const URGENT_DAYS = 61;

function CoverageAlerts({ data }: { data: TWorkingDaysYear }) {
  const w = useT().workingDays;
  const { warning } = data;
  return (
    <>
      {warning && (
        <Alert
          type={warning.daysUntil <= URGENT_DAYS ? 'warning' : 'info'}
          showIcon
          title={w.warning.title(warning.missingYear)}
          description={w.warning.description(warning.missingYear, warning.lastCoveredYear)}
          style={{ marginBottom: 16 }}
        />
      )}
      {!data.covered && data.year !== warning?.missingYear && (
        <Alert type="info" showIcon title={w.uncoveredYear(data.year)} style={{ marginBottom: 16 }} />
      )}
    </>
  );
}

/** 设置 → 工作日: the statutory calendar the due dates follow, and the workspace's own changes to it. */
export function WorkingDaysSettings() {
  const t = useT();
  const w = t.workingDays;
  const can = useCan();
  const isPhone = useIsPhone();
  const { workspace } = useSession();
  const editable = can('workspace.update');
  const today = todayIn(workspace.timeZone);
  const [month, setMonth] = useState(() => dayjs(today).startOf('month'));
  // undefined: no dialog; null: a new change with no date yet; a day: that day's change.
  const [editing, setEditing] = useState<string | null | undefined>(undefined);
  const year = month.year();
  const query = useQuery({
    queryKey: [...workingDaysKey, year],
    queryFn: () => getWorkingDaysYear(year),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  const days = useMemo(() => new Map((data?.items ?? []).map((d) => [d.day, d])), [data]);

  if (query.isError && !data) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (!data) return <SectionLoading />;

  return (
    <SettingsBlock plain>
      <Typography.Paragraph type="secondary">{w.description}</Typography.Paragraph>
      <CoverageAlerts data={data} />
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 16 }}>
        <DatePicker
          picker="year"
          value={month}
          allowClear={false}
          aria-label={w.year}
          onChange={(picked) => picked && setMonth(month.year(picked.year()))}
          style={{ width: 120 }}
        />
        {editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {w.add}
          </Button>
        )}
      </Flex>
      <Flex gap={24} wrap align="flex-start">
        <div style={{ width: isPhone ? '100%' : 340, flex: 'none' }}>
          <WorkingDaysCalendar
            month={month}
            days={days}
            today={today}
            onMonthChange={setMonth}
            onPick={editable ? setEditing : undefined}
          />
        </div>
        <div style={{ flex: '1 1 280px', minWidth: 0 }}>
          <WorkingDaysList year={year} items={data.items} onEdit={editable ? setEditing : undefined} />
        </div>
      </Flex>
      {editing !== undefined && (
        <WorkingDayModal
          day={editing}
          year={year}
          days={days}
          onSaved={(day) => setMonth(dayjs(day).startOf('month'))}
          onClose={() => setEditing(undefined)}
        />
      )}
    </SettingsBlock>
  );
}
