import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ZLoginInput, type TLoginInput } from '../../domain/user';
import { getSetupStatus, login, setupKey } from '../api/auth';
import { FullPageLoading } from '../components/PageLoading';
import { errorText } from '../forms/serverErrors';
import { useZodRules } from '../forms/zodRule';
import { useT } from '../i18n/I18nProvider';
import { AuthLayout } from './AuthLayout';
import { safeNext } from './next';

export function LoginPage() {
  const t = useT();
  const rules = useZodRules(ZLoginInput);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const setup = useQuery({ queryKey: setupKey, queryFn: getSetupStatus, retry: false });
  const submit = useMutation({
    mutationFn: login,
    onSuccess: () => {
      // Start clean: nothing cached for a previous user may show to this one.
      queryClient.clear();
      void navigate(safeNext(params.get('next')), { replace: true });
    },
  });

  if (setup.isPending) return <FullPageLoading />;
  if (setup.data?.needed) return <Navigate to="/setup" replace />;

  return (
    <AuthLayout title={t.auth.loginTitle} subtitle={t.auth.loginSubtitle}>
      {submit.isError && (
        <Alert
          type="error"
          showIcon
          title={errorText(submit.error, t)}
          style={{ marginBottom: 16 }}
          role="alert"
        />
      )}
      <Form<TLoginInput>
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => submit.mutate(values)}
        disabled={submit.isPending}
      >
        <Form.Item name="login" label={t.auth.login} rules={rules('login')}>
          <Input
            prefix={<UserOutlined />}
            placeholder={t.auth.loginPlaceholder}
            autoComplete="username"
            autoFocus
            size="large"
          />
        </Form.Item>
        <Form.Item name="password" label={t.auth.password} rules={rules('password')}>
          <Input.Password
            prefix={<LockOutlined />}
            placeholder={t.auth.passwordPlaceholder}
            autoComplete="current-password"
            size="large"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={submit.isPending}>
          {t.auth.submitLogin}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
        {t.auth.forgotHint}
      </Typography.Paragraph>
    </AuthLayout>
  );
}
