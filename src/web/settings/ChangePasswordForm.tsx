import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input } from 'antd';
import { ZChangePasswordInput, type TChangePasswordInput } from '../../domain/user';
import { changePassword } from '../api/auth';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { applyServerErrors, errorText } from '../forms/serverErrors';
import { useZodRules } from '../forms/zodRule';
import { useT } from '../i18n/I18nProvider';

type Values = TChangePasswordInput & { confirmPassword: string };

export function ChangePasswordForm() {
  const t = useT();
  const { message } = App.useApp();
  const rules = useZodRules(ZChangePasswordInput);
  const [form] = Form.useForm<Values>();
  const submit = useMutation({
    mutationFn: ({ currentPassword, newPassword }: Values) =>
      changePassword({ currentPassword, newPassword }),
    onSuccess: () => {
      form.resetFields();
      void message.success(t.account.passwordChanged);
    },
    onError: (error) => {
      // A wrong current password belongs under that field, even if the server sends no path.
      if (!applyServerErrors(form, error, { PASSWORD_INCORRECT: 'currentPassword' })) {
        void message.error(errorText(error, t));
      }
    },
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      style={{ maxWidth: 520 }}
      onFinish={(values) => submit.mutate(values)}
      disabled={submit.isPending}
    >
      <Form.Item name="currentPassword" label={t.account.currentPassword} rules={rules('currentPassword')}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <NewPasswordFields
        name="newPassword"
        label={t.account.newPassword}
        confirmLabel={t.account.confirmPassword}
        rules={rules('newPassword')}
      />
      <Button type="primary" htmlType="submit" loading={submit.isPending}>
        {t.account.submitPassword}
      </Button>
    </Form>
  );
}
