import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Input, Modal } from 'antd';
import type { TBackupFile, TBackupJob } from '../../domain/backup';
import { restoreBackup } from '../api/backups';
import { applyServerErrors, errorText } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';

type Values = { passphrase?: string; confirm: string };

/** Asks for the passphrase of an encrypted backup and a typed confirmation, then starts the restore. */
export function RestoreModal(props: {
  backup: TBackupFile;
  onClose: () => void;
  onStarted: (job: TBackupJob) => void;
}) {
  const { backup, onClose, onStarted } = props;
  const t = useT();
  const r = t.backups.restoreModal;
  const [form] = Form.useForm<Values>();
  const restore = useMutation({
    mutationFn: (values: Values) => restoreBackup(backup.name, values.passphrase || null),
    onSuccess: onStarted,
    onError: (error) => {
      if (!applyServerErrors(form, error))
        form.setFields([{ name: 'passphrase', errors: [errorText(error, t)] }]);
    },
  });
  return (
    <Modal
      open
      title={r.title}
      okText={r.ok}
      okButtonProps={{ danger: true, loading: restore.isPending }}
      cancelText={t.common.cancel}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={r.warning} style={{ marginBottom: 16 }} />
      <Form<Values>
        form={form}
        name="restoreBackup"
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => restore.mutate(values)}
      >
        {backup.encrypted && (
          <Form.Item
            name="passphrase"
            label={r.passphrase}
            extra={r.passphraseHint}
            rules={[{ required: true, message: r.passphraseHint }]}
          >
            <Input.Password autoFocus autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item
          name="confirm"
          label={r.confirm}
          rules={[
            {
              validator: async (_, value) =>
                value?.trim() === r.confirmWord ? undefined : Promise.reject(new Error(r.confirm)),
            },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
