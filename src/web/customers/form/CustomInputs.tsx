import { Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import type { ReactNode } from 'react';
import type { TCustomField } from '../../../domain/custom-fields';
import { useCustomFields } from '../../api/custom-fields';
import { useIsPhone } from '../../components/useIsPhone';
import { useT } from '../../i18n/I18nProvider';

/** The workspace's custom fields in the customer form, one control per field type. */
export function CustomInputs() {
  const t = useT();
  const isPhone = useIsPhone();
  const custom = useCustomFields();
  const control = (field: TCustomField): ReactNode => {
    // A stopped option still shows on the customers that hold it but cannot be picked again.
    const options = custom.options(field).map((o) => ({ ...o, disabled: o.archived }));
    switch (field.type) {
      case 'longText':
        return <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />;
      case 'number':
        return <InputNumber<number> style={{ width: '100%' }} />;
      case 'money':
        return (
          <InputNumber<number>
            min={0}
            precision={2}
            style={{ width: '100%' }}
            suffix={t.customers.needs.yuan}
          />
        );
      case 'date':
        return <DatePicker style={{ width: '100%' }} />;
      case 'select':
        return <Select allowClear options={options} placeholder={t.customers.form.select} />;
      case 'multiSelect':
        return <Select mode="multiple" allowClear options={options} placeholder={t.customers.form.select} />;
      case 'checkbox':
        return <Switch />;
      case 'url':
        return <Input inputMode="url" placeholder="https://" maxLength={500} />;
      default:
        return <Input maxLength={200} />;
    }
  };
  return (
    <Row gutter={16}>
      {custom.fields.map((field) => (
        <Col key={field.key} span={isPhone || field.type === 'longText' ? 24 : 12}>
          <Form.Item
            name={['custom', field.key]}
            label={custom.label(field)}
            valuePropName={field.type === 'checkbox' ? 'checked' : 'value'}
            rules={field.required ? [{ required: true, message: t.common.required }] : []}
          >
            {control(field)}
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}
