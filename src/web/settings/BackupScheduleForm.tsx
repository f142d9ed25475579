import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Switch,
  Typography,
} from 'antd';
import { useCallback } from 'react';
import { ZUpdateBackupSettings, type TBackupOverview, type TBackupSettings } from '../../domain/backup';
import { backupsKey, saveBackupSettings } from '../api/backups';
import { useSession } from '../auth/session';
import { useZodRules } from '../forms/zodRule';
import { formatDateTime } from '../i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';
import { useSaveErrorHandler } from './useSaveErrorHandler';

type Values = Pick<TBackupSettings, 'enabled' | 'hour' | 'keepDaily' | 'keepWeekly' | 'keepMonthly'> & {
  passphrase?: string;
  stopEncrypting?: boolean;
};

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** The daily backup: on or off, from which hour, how many kept, and the passphrase that encrypts them. */
export function BackupScheduleForm({ settings }: { settings: TBackupSettings }) {
  const t = useT();
  const s = t.backups.schedule;
  const [locale] = useLocale();
  const { workspace } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const rules = useZodRules(ZUpdateBackupSettings);
  const [form] = Form.useForm<Values>();
  const show = useCallback(
    (current: TBackupSettings) => {
      queryClient.setQueryData<TBackupOverview>(backupsKey, (old) => old && { ...old, settings: current });
      form.setFieldsValue({ ...current, passphrase: '', stopEncrypting: false });
    },
    [queryClient, form],
  );
  const onError = useSaveErrorHandler<TBackupSettings>(form, show);
  const save = useMutation({
    mutationFn: ({ passphrase, stopEncrypting, ...values }: Values) =>
      saveBackupSettings({
        ...values,
        ...(stopEncrypting ? { passphrase: null } : passphrase ? { passphrase } : {}),
        version: settings.version,
      }),
    onSuccess: (saved) => {
      show(saved);
      void message.success(s.saved);
    },
    onError,
  });
  const stopEncrypting = Form.useWatch('stopEncrypting', form);
  const lastRun = settings.lastRunAt ? formatDateTime(settings.lastRunAt, locale, workspace.timeZone) : null;

  return (
    <Form<Values>
      form={form}
      name="backupSchedule"
      layout="vertical"
      requiredMark={false}
      style={{ maxWidth: 520 }}
      initialValues={settings}
      disabled={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      {settings.lastError ? (
        <Alert type="error" showIcon title={s.lastError(settings.lastError)} style={{ marginBottom: 16 }} />
      ) : (
        <Typography.Paragraph type="secondary">{lastRun ? s.lastRun(lastRun) : s.never}</Typography.Paragraph>
      )}
      <Form.Item name="enabled" label={s.enabled} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="hour" label={s.hour}>
        <Select
          options={HOURS.map((hour) => ({ value: hour, label: s.hourOption(hour) }))}
          style={{ maxWidth: 240 }}
        />
      </Form.Item>
      <Form.Item label={s.keep} extra={s.keepHint}>
        <Flex gap={12} wrap>
          {(['keepDaily', 'keepWeekly', 'keepMonthly'] as const).map((key) => (
            <Form.Item key={key} name={key} label={s[key]} rules={rules(key)} style={{ marginBottom: 0 }}>
              <InputNumber min={key === 'keepDaily' ? 1 : 0} precision={0} style={{ width: 96 }} />
            </Form.Item>
          ))}
        </Flex>
      </Form.Item>
      <Form.Item label={s.encryption}>
        <Typography.Text type={settings.encrypted ? 'success' : 'warning'}>
          {settings.encrypted ? s.encrypted : s.notEncrypted}
        </Typography.Text>
      </Form.Item>
      {!stopEncrypting && (
        <Form.Item
          name="passphrase"
          label={s.passphrase}
          extra={s.passphraseHint}
          rules={rules('passphrase', true)}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
      {settings.encrypted && (
        <Form.Item name="stopEncrypting" valuePropName="checked">
          <Checkbox>{s.stopEncrypting}</Checkbox>
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t.common.save}
      </Button>
    </Form>
  );
}
