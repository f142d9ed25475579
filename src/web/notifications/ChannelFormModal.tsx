import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Checkbox, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import {
  CHANNEL_KINDS,
  NOTIFICATION_KINDS,
  ZChannelInput,
  type TChannel,
  type TChannelScope,
} from '../../domain/notification';
import { isApiError } from '../api/client';
import { channelsKey, createChannel, updateChannel } from '../api/notifications';
import { applyServerErrors, errorText } from '../forms/serverErrors';
import { useZodRules } from '../forms/zodRule';
import { lookup, useT } from '../i18n/I18nProvider';
import { createPayload, initialValues, updatePayload, type TChannelFormValues } from './channelPayload';

/** Adds or edits one channel; secrets are write-only, so editing shows "stored" instead of their value. */
export function ChannelFormModal(props: { scope: TChannelScope; channel?: TChannel; onClose: () => void }) {
  const { scope, channel, onClose } = props;
  const t = useT();
  const words = t.notifications.form;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const rules = useZodRules(ZChannelInput);
  const [form] = Form.useForm<TChannelFormValues>();
  const kind = Form.useWatch('kind', form) ?? channel?.kind ?? initialValues(scope).kind;
  const save = useMutation({
    mutationFn: (values: TChannelFormValues) =>
      channel
        ? updateChannel(channel.id, updatePayload(channel, values))
        : createChannel(createPayload(scope, values)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: channelsKey });
      void message.success(t.notifications.settings.saved);
      onClose();
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        void queryClient.invalidateQueries({ queryKey: channelsKey });
        void message.warning(t.common.conflictReloaded);
        onClose();
      } else if (!applyServerErrors(form, error)) void message.error(errorText(error, t));
    },
  });
  const secretPlaceholder = channel?.hasSecret ? words.secretKept : undefined;
  const isRobot = kind !== 'email';

  return (
    <Modal
      open
      title={channel ? words.editTitle : words.addTitle}
      okText={t.common.save}
      cancelText={t.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initialValues(scope, channel)}
        onFinish={(values) => save.mutate(values)}
        style={{ marginTop: 16 }}
      >
        <Form.Item name="kind" label={words.kind} hidden={!!channel}>
          <Select
            options={CHANNEL_KINDS.map((k) => ({ value: k, label: t.notifications.channelKinds[k] }))}
          />
        </Form.Item>
        <Form.Item name="name" label={words.name} rules={rules('name')}>
          <Input placeholder={words.namePlaceholder} maxLength={60} />
        </Form.Item>
        {kind === 'email' && (
          <Form.Item
            name="to"
            label={words.to}
            rules={rules('to', scope === 'workspace')}
            extra={scope === 'workspace' ? words.toWorkspaceHelp : undefined}
          >
            <Input type="email" inputMode="email" autoComplete="off" />
          </Form.Item>
        )}
        {kind === 'email' && scope === 'personal' && (
          <Alert type="info" showIcon title={words.personalMail} style={{ marginBottom: 16 }} />
        )}
        {kind === 'email' && scope === 'workspace' && (
          <fieldset className="keyi-channel-smtp">
            <legend>{words.smtp}</legend>
            <Form.Item name="smtpHost" label={words.smtpHost} rules={rules('smtpHost')}>
              <Input placeholder={words.smtpHostPlaceholder} autoComplete="off" />
            </Form.Item>
            <Form.Item name="smtpPort" label={words.smtpPort}>
              <InputNumber min={1} max={65535} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="smtpSecure" label={words.smtpSecure} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="smtpUser" label={words.smtpUser}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="smtpPassword" label={words.smtpPassword} extra={words.smtpPasswordHelp}>
              <Input.Password placeholder={secretPlaceholder} autoComplete="new-password" />
            </Form.Item>
            <Form.Item name="smtpFrom" label={words.smtpFrom} rules={rules('smtpFrom')}>
              <Input type="email" inputMode="email" autoComplete="off" />
            </Form.Item>
          </fieldset>
        )}
        {isRobot && (
          <Form.Item
            name="webhookUrl"
            label={words.webhookUrl}
            rules={rules('webhookUrl', !!channel)}
            extra={lookup(words.webhookHelp, kind)}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 4 }}
              placeholder={channel?.target}
              autoComplete="off"
              spellCheck={false}
            />
          </Form.Item>
        )}
        {isRobot && kind !== 'wecom' && (
          <Form.Item
            name="signSecret"
            label={lookup(words.signSecret, kind)}
            extra={lookup(words.signSecretHelp, kind)}
          >
            <Input.Password placeholder={secretPlaceholder} autoComplete="new-password" />
          </Form.Item>
        )}
        {channel?.hasSecret && (
          <Form.Item name="clearSecret" valuePropName="checked">
            <Checkbox>{words.clearSecret}</Checkbox>
          </Form.Item>
        )}
        <Form.Item name="kinds" label={words.kinds}>
          <Checkbox.Group
            options={NOTIFICATION_KINDS.map((k) => ({
              value: k,
              label: lookup(t.notifications.kinds, k) ?? k,
            }))}
          />
        </Form.Item>
        <Form.Item name="enabled" label={words.enabled} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
