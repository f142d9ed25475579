import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Modal, Typography } from 'antd';
import type { TCreatedApiToken } from '../../domain/api-token';
import { copyText } from '../components/copyText';
import { useT } from '../i18n/I18nProvider';

/** The one and only time the secret is visible; closing needs a deliberate click. */
export function CreatedTokenModal({ token, onClose }: { token: TCreatedApiToken; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  async function copy() {
    if (await copyText(token.token)) void message.success(t.common.copied);
    else void message.error(t.common.copyFailed);
  }
  return (
    <Modal
      open
      title={t.apiTokens.createdTitle}
      onCancel={onClose}
      mask={{ closable: false }}
      keyboard={false}
      footer={[
        <Button key="copy" icon={<CopyOutlined />} onClick={() => void copy()}>
          {t.apiTokens.copy}
        </Button>,
        <Button key="done" type="primary" onClick={onClose}>
          {t.apiTokens.done}
        </Button>,
      ]}
    >
      <Alert type="warning" showIcon title={t.apiTokens.onceWarning} style={{ margin: '16px 0' }} />
      <Typography.Text strong>{token.name}</Typography.Text>
      <Input.TextArea
        readOnly
        value={token.token}
        aria-label={t.apiTokens.name}
        autoSize={{ minRows: 2, maxRows: 4 }}
        onFocus={(e) => e.target.select()}
        style={{ fontFamily: 'var(--keyi-mono)', marginTop: 8 }}
      />
    </Modal>
  );
}
