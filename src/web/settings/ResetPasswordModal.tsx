import { useMutation } from '@tanstack/react-query';
import { App, Form, Modal } from 'antd';
import { ZResetPasswordInput, type TUser } from '../../domain/user';
import { resetUserPassword } from '../api/users';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { applyServerErrors, errorText } from '../forms/serverErrors';
import { useZodRules } from '../forms/zodRule';
import { useT } from '../i18n/I18nProvider';

type Values = { password: string; confirmPassword: string };

export function ResetPasswordModal({ user, onClose }: { user: TUser; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const rules = useZodRules(ZResetPasswordInput);
  const [form] = Form.useForm<Values>();
  const reset = useMutation({
    mutationFn: (values: Values) => resetUserPassword(user.id, values.password),
    onSuccess: () => {
      void message.success(t.members.resetDone);
      onClose();
    },
    onError: (error) => {
      if (!applyServerErrors(form, error)) void message.error(errorText(error, t));
    },
  });
  return (
    <Modal
      open
      title={t.members.resetTitle(user.name)}
      okText={t.members.resetPassword}
      cancelText={t.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={reset.isPending}
      mask={{ closable: false }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => reset.mutate(values)}
        style={{ marginTop: 16 }}
      >
        <NewPasswordFields
          name="password"
          label={t.members.newPassword}
          confirmLabel={t.members.confirmPassword}
          rules={rules('password')}
          autoFocus
        />
      </Form>
    </Modal>
  );
}
