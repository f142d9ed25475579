import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Input } from 'antd';
import { useCallback, useEffect } from 'react';
import { ZUpdateWorkspaceInput, type TWorkspace } from '../../domain/workspace';
import { getWorkspace, updateWorkspace, workspaceKey } from '../api/workspace';
import { useCan, useSession, useUpdateSession } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { SectionLoading } from '../components/PageLoading';
import { TimeZoneSelect } from '../components/TimeZoneSelect';
import { useZodRules } from '../forms/zodRule';
import { formatDateTime } from '../i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';
import { SettingsBlock } from './SettingsBlock';
import { useSaveErrorHandler } from './useSaveErrorHandler';
import { useSavedMessage } from './useWorkspaceSettingsSave';

type Values = { name: string; timeZone: string };

export function WorkspaceSettings() {
  const t = useT();
  const [locale] = useLocale();
  const can = useCan();
  const session = useSession();
  const updateSession = useUpdateSession();
  const queryClient = useQueryClient();
  const saved = useSavedMessage();
  const rules = useZodRules(ZUpdateWorkspaceInput);
  const [form] = Form.useForm<Values>();
  const editable = can('workspace.update');
  const workspace = useQuery({
    queryKey: workspaceKey,
    queryFn: getWorkspace,
    placeholderData: session.workspace,
  });

  const show = useCallback(
    (ws: TWorkspace) => {
      queryClient.setQueryData(workspaceKey, ws);
      updateSession({ workspace: ws });
      form.setFieldsValue({ name: ws.name, timeZone: ws.timeZone });
    },
    [queryClient, updateSession, form],
  );
  const onError = useSaveErrorHandler<TWorkspace>(form, show);
  const save = useMutation({
    mutationFn: (values: Values) => updateWorkspace({ ...values, version: workspace.data?.version ?? 1 }),
    onSuccess: (ws) => {
      show(ws);
      saved(ws, t.workspace.saved);
    },
    onError,
  });

  const data = workspace.data;
  useEffect(() => {
    if (data && !form.isFieldsTouched()) form.setFieldsValue({ name: data.name, timeZone: data.timeZone });
  }, [data, form]);

  if (workspace.isError && !data)
    return <LoadError error={workspace.error} onRetry={() => void workspace.refetch()} />;
  if (!data) return <SectionLoading />;

  return (
    <SettingsBlock>
      {!editable && <Alert type="info" showIcon title={t.workspace.readOnly} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        style={{ maxWidth: 520 }}
        initialValues={{ name: data.name, timeZone: data.timeZone }}
        disabled={!editable || save.isPending}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item name="name" label={t.workspace.name} rules={rules('name')}>
          <Input />
        </Form.Item>
        <Form.Item
          name="timeZone"
          label={t.workspace.timeZone}
          rules={rules('timeZone')}
          extra={t.workspace.timeZoneHelp}
        >
          <TimeZoneSelect />
        </Form.Item>
        {editable && (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t.common.save}
          </Button>
        )}
      </Form>
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 24, maxWidth: 520 }}
        items={[
          {
            key: 'createdAt',
            label: t.workspace.createdAt,
            children: formatDateTime(data.createdAt, locale, data.timeZone),
          },
        ]}
      />
    </SettingsBlock>
  );
}
