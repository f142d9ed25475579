import { CopyOutlined, PrinterOutlined, ReloadOutlined, WechatOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { copyText } from '../components/copyText';
import { useT } from '../i18n/I18nProvider';
import { toPlainText } from './briefingText';

/** Copy (Markdown, or plain text for WeChat), print, and write it again from the record. */
export function BriefingActions(props: {
  text: string;
  edited: boolean;
  onRegenerate: () => Promise<unknown>;
}) {
  const { text, edited, onRegenerate } = props;
  const t = useT();
  const b = t.briefing;
  const { message, modal } = App.useApp();
  const [regenerating, setRegenerating] = useState(false);

  async function copy(value: string) {
    if (await copyText(value)) void message.success(t.common.copied);
    else void message.error(t.common.copyFailed);
  }

  async function regenerate() {
    setRegenerating(true);
    try {
      await onRegenerate();
      void message.success(b.regenerated);
    } finally {
      setRegenerating(false);
    }
  }

  function confirmRegenerate() {
    if (!edited) {
      void regenerate();
      return;
    }
    modal.confirm({
      title: b.regenerateTitle,
      content: b.regenerateContent,
      okText: b.regenerate,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: regenerate,
    });
  }

  return (
    <Flex gap={8} wrap className="keyi-briefing-actions">
      <Button type="primary" icon={<CopyOutlined />} onClick={() => void copy(text)}>
        {b.copyMarkdown}
      </Button>
      <Button icon={<WechatOutlined />} onClick={() => void copy(toPlainText(text))}>
        {b.copyPlain}
      </Button>
      <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
        {b.print}
      </Button>
      <Button icon={<ReloadOutlined />} loading={regenerating} onClick={confirmRegenerate}>
        {b.regenerate}
      </Button>
    </Flex>
  );
}
