import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input } from 'antd';
import { useCallback } from 'react';
import { ZUpdateMeInput, type TUser } from '../../domain/user';
import { updateMe } from '../api/auth';
import { useSession, useUpdateSession } from '../auth/session';
import { useZodRules } from '../forms/zodRule';
import { useT } from '../i18n/I18nProvider';
import { RoleTag } from './RoleTag';
import { useSaveErrorHandler } from './useSaveErrorHandler';

export function ProfileForm() {
  const t = useT();
  const { user } = useSession();
  const updateSession = useUpdateSession();
  const { message } = App.useApp();
  const rules = useZodRules(ZUpdateMeInput);
  const [form] = Form.useForm<{ name: string }>();
  const show = useCallback(
    (latest: TUser) => {
      updateSession({ user: latest });
      form.setFieldsValue({ name: latest.name });
    },
    [updateSession, form],
  );
  const onError = useSaveErrorHandler<TUser>(form, show);
  const save = useMutation({
    mutationFn: (values: { name: string }) => updateMe({ name: values.name, version: user.version }),
    onSuccess: (latest) => {
      show(latest);
      void message.success(t.common.saved);
    },
    onError,
  });
  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      style={{ maxWidth: 520 }}
      initialValues={{ name: user.name }}
      onFinish={(values) => save.mutate(values)}
      disabled={save.isPending}
    >
      <Form.Item name="name" label={t.account.name} rules={rules('name')}>
        <Input autoComplete="name" />
      </Form.Item>
      <Form.Item label={t.account.login}>
        <Input value={user.login} disabled />
      </Form.Item>
      <Form.Item label={t.account.role}>
        <RoleTag role={user.role} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t.common.save}
      </Button>
    </Form>
  );
}
