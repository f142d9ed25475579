import { Col, Form, Input, Row, Select } from 'antd';
import { useDictionaries } from '../../api/dictionaries';
import { useIsPhone } from '../../components/useIsPhone';
import { useT } from '../../i18n/I18nProvider';
import { useCustomerRules } from './rules';

/** One contact's fields; `prefix` places them in a list item (['contacts', 0]) or at the top of a form ([]). */
export function ContactInputs({ prefix, narrow }: { prefix: (string | number)[]; narrow?: boolean }) {
  const t = useT();
  const c = t.customers.contact;
  const isPhone = useIsPhone();
  const rules = useCustomerRules();
  const dicts = useDictionaries();
  const span = isPhone || narrow ? 12 : 8;
  const name = (field: string) => [...prefix, field];
  const select = t.customers.form.select;
  return (
    <Row gutter={12}>
      <Col span={span}>
        <Form.Item name={name('name')} label={c.name} rules={rules.contact('name')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name={name('title')} label={c.title} rules={rules.contact('title', true)}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={isPhone || narrow ? 24 : 8}>
        <Form.Item name={name('role')} label={c.role}>
          <Select allowClear placeholder={select} options={dicts.options('contactRole')} />
        </Form.Item>
      </Col>
      <Col span={isPhone ? 24 : span}>
        <Form.Item name={name('mobile')} label={c.mobile} rules={rules.phone} validateDebounce={400}>
          <Input inputMode="tel" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col span={isPhone ? 24 : span}>
        <Form.Item name={name('phone')} label={c.phone} rules={rules.phone} validateDebounce={400}>
          <Input inputMode="tel" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col span={isPhone ? 24 : span}>
        <Form.Item name={name('email')} label={c.email} rules={rules.email} validateDebounce={400}>
          <Input inputMode="email" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col span={isPhone ? 24 : span}>
        <Form.Item name={name('wechat')} label={c.wechat} rules={rules.contact('wechat', true)}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col span={isPhone || narrow ? 24 : 16}>
        <Form.Item name={name('dataSource')} label={c.dataSource} tooltip={c.dataSourceHelp}>
          <Select allowClear placeholder={select} options={dicts.options('personalDataSource')} />
        </Form.Item>
      </Col>
    </Row>
  );
}
