import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, Form, Input, Modal } from 'antd';
import type { TCustomerQuery } from '../api/customers';
import { createSavedView, savedViewsKey, type TSavedView } from '../api/saved-views';
import { useT } from '../i18n/I18nProvider';
import { customerErrorText } from './errors';

type Values = { name: string; shared: boolean };

export function SaveViewModal(props: {
  query: TCustomerQuery;
  columns: readonly string[];
  onClose: () => void;
  onSaved: (view: TSavedView) => void;
}) {
  const { query, columns, onClose, onSaved } = props;
  const t = useT();
  const v = t.customers.views;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (values: Values) =>
      createSavedView({
        name: values.name.trim(),
        entity: 'customers',
        query,
        columns: [...columns],
        shared: values.shared,
      }),
    onSuccess: (view) => {
      void message.success(v.saved(view.name));
      void queryClient.invalidateQueries({ queryKey: savedViewsKey('customers') });
      onSaved(view);
      onClose();
    },
    onError: (error) => void message.error(customerErrorText(error, t)),
  });
  return (
    <Modal
      open
      title={v.saveTitle}
      okText={t.common.save}
      cancelText={t.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ name: '', shared: false }}
        onFinish={(values) => save.mutate(values)}
        style={{ marginTop: 16 }}
      >
        <Form.Item
          name="name"
          label={v.name}
          rules={[{ required: true, whitespace: true, message: t.common.required }, { max: 40 }]}
        >
          <Input placeholder={v.namePlaceholder} autoFocus maxLength={40} />
        </Form.Item>
        <Form.Item name="shared" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>{v.share}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
