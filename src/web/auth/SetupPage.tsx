import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Divider, Form, Input } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { DEFAULT_TIME_ZONE } from '../../domain/time-zone';
import { ZSetupInput, type TSetupInput } from '../../domain/user';
import { getSetupStatus, runSetup, setupKey } from '../api/auth';
import { FullPageLoading } from '../components/PageLoading';
import { TimeZoneSelect } from '../components/TimeZoneSelect';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { applyServerErrors, errorText } from '../forms/serverErrors';
import { useZodRules } from '../forms/zodRule';
import { useT } from '../i18n/I18nProvider';
import { AuthLayout } from './AuthLayout';

type Values = TSetupInput & { confirmPassword: string };

export function SetupPage() {
  const t = useT();
  const rules = useZodRules(ZSetupInput);
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [placed, setPlaced] = useState(false);
  const setup = useQuery({ queryKey: setupKey, queryFn: getSetupStatus, retry: false });
  const submit = useMutation({
    mutationFn: ({ confirmPassword: _confirm, ...input }: Values) => runSetup(input),
    onSuccess: () => {
      queryClient.clear();
      void message.success(t.auth.setupDone);
      void navigate('/', { replace: true });
    },
    onMutate: () => setPlaced(false),
    onError: (error) => setPlaced(applyServerErrors(form, error)),
  });

  if (setup.isPending) return <FullPageLoading />;
  // Once our own set-up succeeded, "not needed" is expected: we are on our way home, not to the login page.
  if (setup.data && !setup.data.needed && !submit.isSuccess) return <Navigate to="/login" replace />;

  return (
    <AuthLayout title={t.auth.setupTitle} subtitle={t.auth.setupSubtitle} width={480}>
      {submit.isError && !placed && (
        <Alert
          type="error"
          showIcon
          title={errorText(submit.error, t)}
          style={{ marginBottom: 16 }}
          role="alert"
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ timeZone: DEFAULT_TIME_ZONE }}
        onFinish={(values) => submit.mutate(values)}
        disabled={submit.isPending}
      >
        <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
          {t.auth.workspaceSection}
        </Divider>
        <Form.Item name="workspaceName" label={t.auth.workspaceName} rules={rules('workspaceName')}>
          <Input placeholder={t.auth.workspaceNamePlaceholder} autoFocus />
        </Form.Item>
        <Form.Item name="timeZone" label={t.auth.timeZone} rules={rules('timeZone')}>
          <TimeZoneSelect />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          {t.auth.ownerSection}
        </Divider>
        <Form.Item name="ownerName" label={t.auth.ownerName} rules={rules('ownerName')}>
          <Input placeholder={t.auth.ownerNamePlaceholder} autoComplete="name" />
        </Form.Item>
        <Form.Item name="login" label={t.auth.login} rules={rules('login')} extra={t.auth.loginHelp}>
          <Input autoComplete="username" />
        </Form.Item>
        <NewPasswordFields
          name="password"
          label={t.auth.password}
          confirmLabel={t.auth.confirmPassword}
          rules={rules('password')}
        />
        <Button type="primary" htmlType="submit" block size="large" loading={submit.isPending}>
          {t.auth.submitSetup}
        </Button>
      </Form>
    </AuthLayout>
  );
}
