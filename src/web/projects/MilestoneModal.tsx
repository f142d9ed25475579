import { DatePicker, Flex, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { isMilestoneLate, type TMilestone } from '../../domain/project';
import { isApiError } from '../api/client';
import { createMilestone, updateMilestone } from '../api/projects';
import { useIsPhone } from '../components/useIsPhone';
import { applyServerErrors } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';
import { useToday } from '../tasks/useToday';
import { dateText, day } from './projectForm';
import { modalProps } from './modalProps';
import { useProjectWrite } from './useProjectWrite';

interface Values {
  content: string;
  plannedDate: Dayjs | null;
  actualDate: Dayjs | null;
  deliverables?: string;
  delayReason?: string;
}

const toValues = (x: TMilestone): Values => ({
  content: x.content,
  plannedDate: day(x.plannedDate),
  actualDate: day(x.actualDate),
  deliverables: x.deliverables ?? '',
  delayReason: x.delayReason ?? '',
});

/** Adds a milestone after the last one, or edits one (clearing its actual date reopens it). */
export function MilestoneModal(props: {
  projectId: string;
  milestone: TMilestone | null;
  onClose: () => void;
}) {
  const t = useT();
  const m = t.projects.milestones;
  const isPhone = useIsPhone();
  const today = useToday();
  const [form] = Form.useForm<Values>();
  const [base, setBase] = useState(props.milestone);
  const plannedDate = dateText(Form.useWatch('plannedDate', form));
  const actualDate = dateText(Form.useWatch('actualDate', form));
  const late = !!plannedDate && isMilestoneLate({ plannedDate, actualDate }, today);
  const save = useProjectWrite(
    (v: Values) => {
      const fields = {
        content: v.content.trim(),
        plannedDate: dateText(v.plannedDate) ?? '',
        actualDate: dateText(v.actualDate),
        deliverables: v.deliverables?.trim() || null,
        // Sent only while late: editing an on-time milestone keeps a reason written earlier.
        ...(late && { delayReason: v.delayReason?.trim() || null }),
      };
      return base
        ? updateMilestone(base.id, { version: base.version, ...fields })
        : createMilestone(props.projectId, fields);
    },
    {
      success: base ? t.projects.saved : m.created,
      onSuccess: props.onClose,
      onError: (error) => {
        if (isApiError(error) && error.code === 'VERSION_CONFLICT' && error.current) {
          const current = error.current as TMilestone;
          setBase(current);
          form.setFieldsValue(toValues(current));
          return false;
        }
        return applyServerErrors(form, error);
      },
    },
  );
  const half = { flex: 1, minWidth: 180 };
  return (
    <Modal
      open
      title={base ? `${m.edit} · ${base.code}` : m.add}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={save.isPending}
      {...modalProps(isPhone, 560)}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={base ? toValues(base) : { plannedDate: null, actualDate: null }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="content"
          label={m.content}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input maxLength={500} placeholder={m.contentPlaceholder} autoFocus={!base} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="plannedDate"
            label={m.plannedDate}
            style={half}
            rules={[{ required: true, message: t.common.required }]}
          >
            <DatePicker style={{ width: '100%' }} inputReadOnly={isPhone} />
          </Form.Item>
          <Form.Item name="actualDate" label={m.actualDate} style={half}>
            <DatePicker style={{ width: '100%' }} inputReadOnly={isPhone} />
          </Form.Item>
        </Flex>
        <Form.Item name="deliverables" label={m.deliverables}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={2000}
            placeholder={m.deliverablesPlaceholder}
          />
        </Form.Item>
        {late && (
          <Form.Item
            name="delayReason"
            label={m.delayReason}
            rules={[{ required: true, whitespace: true, message: t.common.required }]}
            style={{ marginBottom: 0 }}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 5 }}
              maxLength={1000}
              placeholder={m.delayReasonPlaceholder}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
