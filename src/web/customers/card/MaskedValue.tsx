import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Typography } from 'antd';
import { useState } from 'react';
import { revealContact, type TPersonalField } from '../../api/contacts';
import { useCan } from '../../auth/session';
import { useT } from '../../i18n/I18nProvider';
import { customerErrorText } from '../errors';

const HREF: Partial<Record<TPersonalField, string>> = { mobile: 'tel:', phone: 'tel:', email: 'mailto:' };

/** A phone, e-mail or WeChat id; masked for some roles, who may reveal it (the server records each reveal). */
export function MaskedValue(props: {
  contactId: string;
  field: TPersonalField;
  value: string;
  masked: boolean;
}) {
  const { contactId, field, value, masked } = props;
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const [full, setFull] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = full ?? value;
  const hidden = masked && full === null;
  const c = t.customers.contact;
  const revealLabel = field === 'mobile' || field === 'phone' ? c.reveal : c.revealOther;

  async function reveal() {
    setBusy(true);
    try {
      setFull((await revealContact(contactId, field)).value);
    } catch (error) {
      void message.error(customerErrorText(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="keyi-masked">
      {!hidden && HREF[field] ? (
        <Typography.Link href={`${HREF[field]}${shown}`} copyable={{ text: shown }}>
          {shown}
        </Typography.Link>
      ) : (
        <Typography.Text
          copyable={hidden ? false : { text: shown }}
          className={hidden ? 'keyi-masked-text' : undefined}
        >
          {shown}
        </Typography.Text>
      )}
      {hidden && can('personalData.reveal') && (
        <Button type="link" size="small" icon={<EyeOutlined />} loading={busy} onClick={() => void reveal()}>
          {revealLabel}
        </Button>
      )}
    </span>
  );
}
