import { AutoComplete, DatePicker, Form, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { TInstallment, TProjectDetail } from '../../domain/project';
import { isApiError } from '../api/client';
import { createInstallment, updateInstallment } from '../api/projects';
import { useSession } from '../auth/session';
import { useIsPhone } from '../components/useIsPhone';
import { toFen, toYuan } from '../customers/money';
import { MoneyInput } from '../deals/MoneyInput';
import { applyServerErrors, relocated } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';
import { dateText, day } from './projectForm';
import { modalProps } from './modalProps';
import { useProjectWrite } from './useProjectWrite';

interface Values {
  name: string;
  amountDue: number | null;
  by: 'date' | 'milestone';
  dueDate: Dayjs | null;
  milestoneId: string | null;
}

const toValues = (i: TInstallment): Values => ({
  name: i.name,
  amountDue: toYuan(i.amountDue),
  by: i.milestoneId ? 'milestone' : 'date',
  dueDate: day(i.dueDate),
  milestoneId: i.milestoneId,
});

/** Adds or edits an installment: due on a date, or a set number of days after a milestone is done. */
export function InstallmentModal(props: {
  project: TProjectDetail;
  installment: TInstallment | null;
  onClose: () => void;
}) {
  const { project, onClose } = props;
  const t = useT();
  const w = t.projects.installments;
  const { workspace } = useSession();
  const isPhone = useIsPhone();
  const [form] = Form.useForm<Values>();
  const [base, setBase] = useState(props.installment);
  const by = Form.useWatch('by', form) ?? (base?.milestoneId ? 'milestone' : 'date');
  const termDays = workspace.settings.deals.paymentTermDays;
  const save = useProjectWrite(
    (v: Values) => {
      // One of the two: the server clears the other when only one is sent, so switching is a single field.
      const due = v.by === 'milestone' ? { milestoneId: v.milestoneId } : { dueDate: dateText(v.dueDate) };
      const fields = { name: v.name.trim(), amountDue: toFen(v.amountDue) ?? 0, ...due };
      return base
        ? updateInstallment(base.id, { version: base.version, ...fields })
        : createInstallment(project.id, fields);
    },
    {
      success: base ? t.projects.saved : w.created,
      onSuccess: onClose,
      onError: (error) => {
        if (isApiError(error) && error.code === 'VERSION_CONFLICT' && error.current) {
          const current = error.current as TInstallment;
          setBase(current);
          form.setFieldsValue(toValues(current));
          return false;
        }
        return applyServerErrors(
          form,
          relocated(error, (p) => (p === 'milestoneId' && by === 'date' ? 'dueDate' : p)),
        );
      },
    },
  );
  return (
    <Modal
      open
      title={base ? `${w.edit} · ${base.name}` : w.add}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={save.isPending}
      {...modalProps(isPhone)}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={
          base
            ? toValues(base)
            : {
                name: '',
                amountDue: toYuan(Math.max(0, project.unscheduledAmount)) || null,
                by: 'date',
                dueDate: null,
                milestoneId: null,
              }
        }
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="name"
          label={w.name}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <AutoComplete
            options={w.names.map((value) => ({ value }))}
            placeholder={w.namePlaceholder}
            maxLength={100}
          />
        </Form.Item>
        <Form.Item
          name="amountDue"
          label={t.projects.inYuan(w.amountDue)}
          rules={[{ required: true, message: t.common.required }]}
        >
          <MoneyInput min={0.01} />
        </Form.Item>
        <Form.Item name="by" label={w.due}>
          <Radio.Group
            options={[
              { value: 'date', label: w.byDate },
              { value: 'milestone', label: w.byMilestones, disabled: !project.milestones.length },
            ]}
          />
        </Form.Item>
        {by === 'date' ? (
          <Form.Item
            name="dueDate"
            label={w.dueDate}
            rules={[{ required: true, message: t.common.required }]}
          >
            <DatePicker style={{ width: '100%' }} inputReadOnly={isPhone} />
          </Form.Item>
        ) : (
          <Form.Item
            name="milestoneId"
            label={t.projects.milestones.title}
            rules={[{ required: true, message: t.common.required }]}
            style={{ marginBottom: 0 }}
          >
            <Select
              options={project.milestones.map((m) => ({
                value: m.id,
                label: `${w.afterMilestone(m.code, termDays)} · ${m.content}`,
              }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
