import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { formatYuan } from '../../domain/money';
import type { TInstallment } from '../../domain/project';
import { addPayment } from '../api/projects';
import { useIsPhone } from '../components/useIsPhone';
import { toFen, toYuan } from '../customers/money';
import { MoneyInput } from '../deals/MoneyInput';
import { applyServerErrors } from '../forms/serverErrors';
import { useLocale, useT } from '../i18n/I18nProvider';
import { useToday } from '../tasks/useToday';
import { dateText } from './projectForm';
import { modalProps } from './modalProps';
import { useProjectWrite } from './useProjectWrite';

interface Values {
  amount: number | null;
  date: Dayjs | null;
  note?: string;
}

/**
 * 收款: what is still due on the installment and today, both editable (a part payment is one row of several). More
 * than is due is refused by the server (PAYMENT_EXCEEDS_DUE) and said next to the amount.
 */
export function PaymentModal({
  installment: i,
  onClose,
}: {
  installment: TInstallment;
  onClose: () => void;
}) {
  const t = useT();
  const w = t.projects.payments;
  const [locale] = useLocale();
  const isPhone = useIsPhone();
  const today = useToday();
  const [form] = Form.useForm<Values>();
  const save = useProjectWrite(
    (v: Values) =>
      addPayment(i.id, {
        amount: toFen(v.amount) ?? 0,
        date: dateText(v.date) ?? today,
        note: v.note?.trim() || null,
      }),
    {
      success: w.added,
      onSuccess: onClose,
      onError: (error) => applyServerErrors(form, error, { PAYMENT_EXCEEDS_DUE: 'amount' }),
    },
  );
  return (
    <Modal
      open
      title={w.title(i.name)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={w.save}
      cancelText={t.common.cancel}
      confirmLoading={save.isPending}
      {...modalProps(isPhone, 440)}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ amount: toYuan(i.outstandingAmount), date: dayjs(today), note: '' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="amount"
          label={t.projects.inYuan(w.amount)}
          extra={w.stillDue(formatYuan(i.outstandingAmount, locale))}
          rules={[{ required: true, message: t.common.required }]}
        >
          <MoneyInput min={0.01} autoFocus />
        </Form.Item>
        <Form.Item name="date" label={w.date} rules={[{ required: true, message: t.common.required }]}>
          <DatePicker style={{ width: '100%' }} inputReadOnly={isPhone} />
        </Form.Item>
        <Form.Item name="note" label={w.note} style={{ marginBottom: 0 }}>
          <Input maxLength={500} placeholder={w.notePlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
