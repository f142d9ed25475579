import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import {
  DAY_KINDS,
  ZWorkingDayOverrideInput,
  type TDayKind,
  type TSpecialDay,
} from '../../domain/working-day-override';
import { removeWorkingDay, setWorkingDay, workingDaysKey } from '../api/working-days';
import { errorText } from '../forms/serverErrors';
import { useZodRules } from '../forms/zodRule';
import { useLocale, useT } from '../i18n/I18nProvider';
import { useSaveErrorHandler } from './useSaveErrorHandler';
import { kindOf, officialText, type TDayMap } from './workingDayView';

type Values = { day: Dayjs; kind: TDayKind; name?: string };

/**
 * Adds or edits the workspace's change to one day. `day` null: a new change, date to be picked. A day without a
 * change starts as its opposite (a day off becomes a working day and the other way round), which is why anyone
 * opens it; a new change with no date yet starts as a day off, the common case (a company holiday).
 */
export function WorkingDayModal(props: {
  day: string | null;
  year: number;
  days: TDayMap;
  onSaved: (day: string) => void;
  onClose: () => void;
}) {
  const { day, year, days, onSaved, onClose } = props;
  const t = useT();
  const w = t.workingDays;
  const [locale] = useLocale();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const rules = useZodRules(ZWorkingDayOverrideInput);
  const [form] = Form.useForm<Values>();
  const existing = day ? days.get(day) : undefined;
  const [current, setCurrent] = useState(existing?.source === 'override' ? existing : undefined);
  const picked = Form.useWatch('day', form);
  const pickedDay = picked?.format('YYYY-MM-DD') ?? day;

  const refresh = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: workingDaysKey }),
    [queryClient],
  );
  const showCurrent = useCallback(
    (latest: TSpecialDay) => {
      setCurrent(latest);
      form.setFieldsValue({ kind: latest.kind, name: latest.name ?? '' });
      refresh();
    },
    [form, refresh],
  );
  const onError = useSaveErrorHandler<TSpecialDay>(form, showCurrent);

  const save = useMutation({
    mutationFn: (values: Values) =>
      setWorkingDay(values.day.format('YYYY-MM-DD'), {
        kind: values.kind,
        name: values.name?.trim() || null,
        ...(current && { version: current.version ?? undefined }),
      }),
    onSuccess: (saved) => {
      refresh();
      void message.success(w.modal.saved);
      onSaved(saved.day);
      onClose();
    },
    onError,
  });
  const remove = useMutation({
    mutationFn: (target: string) => removeWorkingDay(target),
    onSuccess: () => {
      refresh();
      void message.success(w.modal.removed);
      onClose();
    },
    onError: (error) => void message.error(errorText(error, t)),
  });

  const initialKind: TDayKind = current?.kind ?? (day && kindOf(day, days) === 'rest' ? 'work' : 'rest');
  return (
    <Modal
      open
      title={current ? w.modal.editTitle : w.modal.addTitle}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Flex justify="space-between" gap={8} wrap>
          <span>
            {current && (
              <Button
                danger
                icon={<DeleteOutlined />}
                loading={remove.isPending}
                onClick={() => remove.mutate(current.day)}
              >
                {w.modal.remove}
              </Button>
            )}
          </span>
          <Flex gap={8}>
            <Button onClick={onClose}>{t.common.cancel}</Button>
            <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
              {t.common.save}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{
          day: day ? dayjs(day) : undefined,
          kind: initialKind,
          name: current?.name ?? '',
        }}
        onFinish={(values) => save.mutate(values)}
        style={{ marginTop: 16 }}
      >
        <Form.Item
          name="day"
          label={w.modal.day}
          rules={[{ required: true, message: t.common.required }]}
          extra={
            // The map holds the year on screen only; another year's schedule is not known here.
            pickedDay?.startsWith(`${year}-`) ? w.was(officialText(pickedDay, days, t, locale)) : undefined
          }
        >
          <DatePicker allowClear={false} disabled={!!current} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="kind" label={w.modal.kind} rules={rules('kind')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={DAY_KINDS.map((k) => ({ value: k, label: w.kinds[k] }))}
          />
        </Form.Item>
        <Form.Item name="name" label={w.modal.name} rules={rules('name', true)}>
          <Input placeholder={w.modal.namePlaceholder} maxLength={40} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
