import { Form, Input, type FormRule } from 'antd';
import { confirmPasswordRule } from '../auth/confirmPasswordRule';
import { useT } from '../i18n/I18nProvider';

interface Props {
  /** The form field that holds the new password. */
  name: string;
  label: string;
  confirmLabel: string;
  rules: FormRule[];
  autoFocus?: boolean;
}

/** A new password with the shared strength rule and a "type it again" box; set-up, my account and resets use it. */
export function NewPasswordFields({ name, label, confirmLabel, rules, autoFocus }: Props) {
  const t = useT();
  return (
    <>
      <Form.Item name={name} label={label} rules={rules} extra={t.auth.passwordHelp}>
        <Input.Password autoComplete="new-password" autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={confirmLabel}
        dependencies={[name]}
        rules={[confirmPasswordRule(name, t)]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
