import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TTask } from '../../domain/task';
import { calendarKey } from '../api/calendar';
import { isApiError } from '../api/client';
import { createTask, tasksKey, updateTask } from '../api/tasks';
import { useSession } from '../auth/session';
import { useIsPhone } from '../components/useIsPhone';
import { CustomerSelect } from '../customers/CustomerSelect';
import { useMemberOptions } from '../customers/useMemberOptions';
import { applyServerErrors, errorText } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';
import { quickDates } from './dueDates';
import { useToday } from './useToday';

interface Values {
  title: string;
  customerId?: string | null;
  assigneeId: string;
  dueDate?: Dayjs | null;
  notes?: string;
}

const toValues = (task: TTask): Values => ({
  title: task.title,
  customerId: task.customer?.id ?? null,
  assigneeId: task.assignee.id,
  dueDate: task.dueDate ? dayjs(task.dueDate) : null,
  notes: task.notes ?? '',
});

/** New task, or a task's details. A follow-up's item keeps its text and assignee: those belong to the follow-up. */
export function TaskFormModal({ task, onClose }: { task: TTask | null; onClose: () => void }) {
  const t = useT();
  const f = t.tasks.fields;
  const { user } = useSession();
  const isPhone = useIsPhone();
  const today = useToday();
  const { message } = App.useApp();
  const client = useQueryClient();
  const members = useMemberOptions();
  const [form] = Form.useForm<Values>();
  // The version the next save is based on; a conflict moves it to the server's.
  const [base, setBase] = useState(task);
  const fromFollowUp = !!base?.followUp;
  // Without the members list (no users.read) the only choice is oneself.
  const assignees = members.length > 0 ? members : [{ value: user.id, label: user.name }];
  if (base && !assignees.some((a) => a.value === base.assignee.id))
    assignees.push({ value: base.assignee.id, label: base.assignee.name });

  const save = useMutation({
    mutationFn: (values: Values) => {
      const dueDate = values.dueDate ? values.dueDate.format('YYYY-MM-DD') : null;
      const notes = values.notes?.trim() || null;
      if (!base)
        return createTask({
          title: values.title,
          notes,
          customerId: values.customerId ?? null,
          assigneeId: values.assigneeId,
          dueDate,
        });
      return updateTask(base.id, {
        version: base.version,
        notes,
        dueDate,
        ...(fromFollowUp ? {} : { title: values.title, assigneeId: values.assigneeId }),
      });
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: tasksKey });
      void client.invalidateQueries({ queryKey: calendarKey });
      void message.success(base ? t.tasks.saved : t.tasks.created);
      onClose();
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT' && error.current) {
        const current = error.current as TTask;
        setBase(current);
        form.setFieldsValue(toValues(current));
        void message.warning(t.common.conflictReloaded);
      } else if (!applyServerErrors(form, error)) void message.error(errorText(error, t));
    },
  });

  return (
    <Modal
      open
      title={base ? t.tasks.edit : t.tasks.new}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={save.isPending}
      width={isPhone ? '100%' : 560}
      style={isPhone ? { top: 0, maxWidth: '100vw', margin: 0, paddingBottom: 0 } : undefined}
      destroyOnHidden
    >
      {fromFollowUp && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t.tasks.fromFollowUp}
          action={
            base?.customer && (
              <Link to={`/customers/${base.customer.id}`} onClick={onClose}>
                {t.tasks.openCustomer}
              </Link>
            )
          }
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={base ? toValues(base) : { assigneeId: user.id }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="title"
          label={f.title}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input
            autoFocus={!base}
            maxLength={500}
            disabled={fromFollowUp}
            placeholder={f.titlePlaceholder}
            // Enter saves from the one-line field; the notes box keeps Enter for new lines.
            onPressEnter={() => form.submit()}
          />
        </Form.Item>
        {base ? (
          <Form.Item label={f.customer}>
            <CustomerText task={base} />
          </Form.Item>
        ) : (
          <Form.Item name="customerId" label={f.customer}>
            <CustomerSelect placeholder={f.customerPlaceholder} />
          </Form.Item>
        )}
        <Flex gap={12} wrap>
          <Form.Item name="assigneeId" label={f.assignee} style={{ flex: 1, minWidth: 180 }}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={assignees} disabled={fromFollowUp} />
          </Form.Item>
          <Form.Item name="dueDate" label={f.due} style={{ flex: 1, minWidth: 180 }}>
            <DatePicker
              style={{ width: '100%' }}
              inputReadOnly={isPhone}
              presets={quickDates(today, t).map((q) => ({ label: q.label, value: dayjs(q.date) }))}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="notes" label={f.notes} style={{ marginBottom: 0 }}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 8 }}
            maxLength={5000}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.submit();
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A task keeps its customer; editing shows it as a link. */
function CustomerText({ task }: { task: TTask }) {
  const t = useT();
  if (!task.customer) return <span className="keyi-task-muted">{t.common.none}</span>;
  return <Link to={`/customers/${task.customer.id}`}>{task.customer.name}</Link>;
}
