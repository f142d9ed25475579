import { App, Checkbox, Form, Modal } from 'antd';
import { useState } from 'react';
import type { TContact, TContactInput } from '../../../domain/contact';
import { isApiError } from '../../api/client';
import { createContact, updateContact } from '../../api/contacts';
import { applyServerErrors } from '../../forms/serverErrors';
import { useT } from '../../i18n/I18nProvider';
import { customerErrorText } from '../errors';
import { ContactInputs } from '../form/ContactInputs';
import type { TContactValues } from '../form/formValues';

const text = (v: string | undefined | null) => (v && v.trim() ? v.trim() : null);

function inputOf(v: TContactValues): TContactInput {
  return {
    name: v.name?.trim() ?? '',
    title: text(v.title),
    mobile: text(v.mobile),
    phone: text(v.phone),
    email: text(v.email),
    wechat: text(v.wechat),
    role: v.role ?? null,
    isPrimary: !!v.isPrimary,
    dataSource: v.dataSource ?? null,
  };
}

function valuesOf(c: TContact): TContactValues {
  return {
    name: c.name,
    title: c.title ?? undefined,
    mobile: c.mobile ?? undefined,
    phone: c.phone ?? undefined,
    email: c.email ?? undefined,
    wechat: c.wechat ?? undefined,
    role: c.role?.key,
    isPrimary: c.isPrimary,
    dataSource: c.dataSource?.key,
  };
}

/** Adds a contact to a customer or edits one; an edit sends only what changed, with the version it started from. */
export function ContactModal(props: {
  customerId: string;
  contact?: TContact;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { customerId, contact, onClose, onSaved } = props;
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<TContactValues>();
  const [current, setCurrent] = useState(contact);
  const [busy, setBusy] = useState(false);

  async function save(values: TContactValues) {
    setBusy(true);
    try {
      const input = inputOf(values);
      if (current) {
        const before = inputOf(valuesOf(current)) as Record<string, unknown>;
        const changed = Object.fromEntries(
          Object.entries(input).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])),
        );
        await updateContact(current.id, { ...changed, version: current.version });
      } else await createContact(customerId, input);
      void message.success(t.customers.contact.saved);
      onSaved();
      onClose();
    } catch (error) {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT' && error.current) {
        const latest = error.current as TContact;
        setCurrent(latest);
        form.setFieldsValue(valuesOf(latest));
        void message.warning(t.common.conflictReloaded);
      } else if (!applyServerErrors(form, error)) void message.error(customerErrorText(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={current ? t.customers.contact.editTitle : t.customers.contact.addTitle}
      okText={t.common.save}
      cancelText={t.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      mask={{ closable: false }}
      width={560}
    >
      <Form<TContactValues>
        form={form}
        layout="vertical"
        initialValues={current ? valuesOf(current) : { isPrimary: false }}
        onFinish={(values) => void save(values)}
        style={{ marginTop: 16 }}
      >
        <ContactInputs prefix={[]} narrow />
        <Form.Item name="isPrimary" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>{t.customers.contact.isPrimary}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
