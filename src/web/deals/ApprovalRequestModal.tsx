import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import type { TDeal } from '../../domain/deal';
import { dealsKey, requestApproval } from '../api/deals';
import { toFen, toYuan } from '../customers/money';
import { applyServerErrors, errorText } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';
import { MoneyInput } from './MoneyInput';

interface Values {
  note: string;
  quotedAmount: number;
}

/** 成交意向申请: the terms and the quoted amount, for a manager to approve. */
export function ApprovalRequestModal({ deal, onClose }: { deal: TDeal; onClose: () => void }) {
  const t = useT();
  const a = t.deals.approval;
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const send = useMutation({
    mutationFn: (values: Values) =>
      requestApproval(deal.id, { note: values.note, quotedAmount: toFen(values.quotedAmount) ?? 0 }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: dealsKey });
      void message.success(a.sent);
      onClose();
    },
    onError: (error) => {
      if (!applyServerErrors(form, error)) void message.error(errorText(error, t));
    },
  });
  return (
    <Modal
      open
      title={`${a.requestTitle} · ${deal.title}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={a.send}
      cancelText={t.common.cancel}
      confirmLoading={send.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={a.requestHint} style={{ marginBottom: 16 }} />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ quotedAmount: toYuan(deal.actualAmount ?? deal.expectedAmount) ?? undefined }}
        onFinish={(values) => send.mutate(values)}
      >
        <Form.Item
          name="quotedAmount"
          label={t.deals.inYuan(a.quotedAmount)}
          rules={[{ required: true, message: t.common.required }]}
        >
          <MoneyInput />
        </Form.Item>
        <Form.Item
          name="note"
          label={a.note}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
          style={{ marginBottom: 0 }}
        >
          <Input.TextArea
            autoFocus
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            placeholder={a.notePlaceholder}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
