import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Form } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { ContactInputs } from './ContactInputs';
import type { TContactValues } from './formValues';

/** Contacts as repeatable blocks; exactly one may be the primary contact. */
export function ContactsFields() {
  const t = useT();
  const c = t.customers.contact;
  const form = Form.useFormInstance();

  function makePrimary(index: number, checked: boolean) {
    if (!checked) return;
    const contacts = (form.getFieldValue('contacts') ?? []) as TContactValues[];
    form.setFieldValue(
      'contacts',
      contacts.map((contact, i) => ({ ...contact, isPrimary: i === index })),
    );
  }

  return (
    <Form.List name="contacts">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              className="keyi-contact-block"
              title={c.block(index + 1)}
              extra={
                <>
                  <Form.Item name={[field.name, 'isPrimary']} valuePropName="checked" noStyle>
                    <Checkbox onChange={(e) => makePrimary(index, e.target.checked)}>{c.isPrimary}</Checkbox>
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={`${c.remove} ${c.block(index + 1)}`}
                    onClick={() => remove(field.name)}
                  />
                </>
              }
            >
              <ContactInputs prefix={[field.name]} />
            </Card>
          ))}
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            onClick={() => add({ isPrimary: fields.length === 0 })}
          >
            {c.add}
          </Button>
        </>
      )}
    </Form.List>
  );
}
