import { ClockCircleOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Dropdown } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { addDays } from '../../domain/cadence';
import { snoozeCustomer, todayKey } from '../api/today';
import { useT } from '../i18n/I18nProvider';

/** Monday after `day` (a week from it when `day` is a Monday). */
function nextMonday(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, (8 - weekday) % 7 || 7);
}

/** "Snooze to …": the customer leaves Today until that day; logging a follow-up ends the snooze. */
export function SnoozeButton({ customerId, today }: { customerId: string; today: string }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [picking, setPicking] = useState(false);
  const snooze = useMutation({
    mutationFn: (until: string) => snoozeCustomer(customerId, until),
    onSuccess: (result) => {
      void message.success(t.today.snoozed(result.snoozedUntil ?? ''));
      void queryClient.invalidateQueries({ queryKey: todayKey });
    },
  });
  const words = t.today.snoozeTo;
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: addDays(today, 1), label: words.tomorrow },
            { key: addDays(today, 2), label: words.dayAfter },
            { key: nextMonday(today), label: words.nextMonday },
            { key: 'pick', label: words.pick },
          ],
          onClick: ({ key }) => (key === 'pick' ? setPicking(true) : snooze.mutate(key)),
        }}
      >
        <Button size="small" icon={<ClockCircleOutlined />} loading={snooze.isPending}>
          {t.today.snooze}
        </Button>
      </Dropdown>
      {picking && (
        <DatePicker
          open
          size="small"
          style={{ width: 0, padding: 0, border: 0 }}
          disabledDate={(d) => d.format('YYYY-MM-DD') <= today}
          defaultPickerValue={dayjs(addDays(today, 1))}
          onOpenChange={(open) => !open && setPicking(false)}
          onChange={(d) => {
            setPicking(false);
            if (d) snooze.mutate(d.format('YYYY-MM-DD'));
          }}
        />
      )}
    </>
  );
}
