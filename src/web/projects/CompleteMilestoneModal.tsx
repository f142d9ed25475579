import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { TMilestone } from '../../domain/project';
import { isApiError } from '../api/client';
import { updateMilestone } from '../api/projects';
import { useIsPhone } from '../components/useIsPhone';
import { applyServerErrors } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';
import { useToday } from '../tasks/useToday';
import { dateText } from './projectForm';
import { daysLate } from './projectText';
import { modalProps } from './modalProps';
import { useProjectWrite } from './useProjectWrite';

interface Values {
  actualDate: Dayjs | null;
  deliverables?: string;
  delayReason?: string;
}

/** 完成: the day it was done (today unless said otherwise); done after its plan, it asks why (延期原因). */
export function CompleteMilestoneModal({
  milestone,
  onClose,
}: {
  milestone: TMilestone;
  onClose: () => void;
}) {
  const t = useT();
  const m = t.projects.milestones;
  const isPhone = useIsPhone();
  const [form] = Form.useForm<Values>();
  const today = useToday();
  const [base, setBase] = useState(milestone);
  const actual = dateText(Form.useWatch('actualDate', form)) ?? today;
  const late = daysLate({ plannedDate: base.plannedDate, actualDate: actual }, actual);
  const save = useProjectWrite(
    (v: Values) =>
      updateMilestone(base.id, {
        version: base.version,
        actualDate: dateText(v.actualDate),
        deliverables: v.deliverables?.trim() || null,
        ...(late > 0 && { delayReason: v.delayReason?.trim() || null }),
      }),
    {
      success: m.completed(base.code),
      onSuccess: onClose,
      onError: (error) => {
        if (isApiError(error) && error.code === 'VERSION_CONFLICT' && error.current) {
          setBase(error.current as TMilestone);
          return false;
        }
        return applyServerErrors(form, error);
      },
    },
  );
  return (
    <Modal
      open
      title={`${m.completeTitle(base.code)} · ${base.content}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={m.complete}
      cancelText={t.common.cancel}
      confirmLoading={save.isPending}
      {...modalProps(isPhone)}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{
          actualDate: dayjs(today),
          deliverables: base.deliverables ?? '',
          delayReason: base.delayReason ?? '',
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="actualDate"
          label={m.actualDate}
          extra={m.planned(base.plannedDate)}
          rules={[{ required: true, message: t.common.required }]}
        >
          <DatePicker style={{ width: '100%' }} inputReadOnly={isPhone} />
        </Form.Item>
        {late > 0 && (
          <>
            <Alert type="warning" showIcon title={m.lateHint(late)} style={{ marginBottom: 12 }} />
            <Form.Item
              name="delayReason"
              label={m.delayReason}
              rules={[{ required: true, whitespace: true, message: t.common.required }]}
            >
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 5 }}
                maxLength={1000}
                placeholder={m.delayReasonPlaceholder}
              />
            </Form.Item>
          </>
        )}
        <Form.Item name="deliverables" label={m.deliverables} style={{ marginBottom: 0 }}>
          <Input maxLength={2000} placeholder={m.deliverablesPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
