import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { ZCreateApiTokenInput, type TCreatedApiToken } from '../../domain/api-token';
import { apiTokensKey, createApiToken } from '../api/api-tokens';
import { applyServerErrors, errorText } from '../forms/serverErrors';
import { useZodRules } from '../forms/zodRule';
import { useT } from '../i18n/I18nProvider';

export function CreateTokenModal(props: {
  onClose: () => void;
  onCreated: (token: TCreatedApiToken) => void;
}) {
  const { onClose, onCreated } = props;
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const rules = useZodRules(ZCreateApiTokenInput);
  const [form] = Form.useForm<{ name: string }>();
  const create = useMutation({
    mutationFn: createApiToken,
    onSuccess: (token) => {
      void queryClient.invalidateQueries({ queryKey: apiTokensKey });
      onCreated(token);
    },
    onError: (error) => {
      if (!applyServerErrors(form, error)) void message.error(errorText(error, t));
    },
  });
  return (
    <Modal
      open
      title={t.apiTokens.createTitle}
      okText={t.apiTokens.create}
      cancelText={t.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => create.mutate(v)}
        style={{ marginTop: 16 }}
      >
        <Form.Item name="name" label={t.apiTokens.name} rules={rules('name')} extra={t.apiTokens.nameHelp}>
          <Input placeholder={t.apiTokens.namePlaceholder} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
