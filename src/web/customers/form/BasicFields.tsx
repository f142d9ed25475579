import { Col, DatePicker, Form, Input, Row, Segmented, Select } from 'antd';
import type { TCustomer } from '../../../domain/customer';
import type { TDictionary } from '../../../domain/dictionaries';
import { useDictionaries } from '../../api/dictionaries';
import { useCan } from '../../auth/session';
import { useIsPhone } from '../../components/useIsPhone';
import { useT } from '../../i18n/I18nProvider';
import { CustomerSelect } from '../CustomerSelect';
import { useMemberOptions } from '../useMemberOptions';
import { useCustomerRules } from './rules';

/** 基本信息: who the customer is, where they came from, where they stand, and who owns them. */
export function BasicFields({ customer }: { customer?: TCustomer }) {
  const t = useT();
  const f = t.customers.fields;
  const isPhone = useIsPhone();
  const can = useCan();
  const rules = useCustomerRules();
  const dicts = useDictionaries();
  const members = useMemberOptions();
  const kind = Form.useWatch<'company' | 'person'>('kind') ?? 'company';
  const company = kind === 'company';
  const span = isPhone ? 24 : 12;

  const dict = (name: string, label: string, dictionary: TDictionary) => (
    <Col span={span} key={name}>
      <Form.Item name={name} label={label}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t.customers.form.select}
          options={dicts.options(dictionary)}
        />
      </Form.Item>
    </Col>
  );
  const text = (name: string, label: string, max = 30, cols = 8) => (
    <Col span={cols} key={name}>
      <Form.Item name={name} label={label} rules={[{ max }]}>
        <Input maxLength={max} />
      </Form.Item>
    </Col>
  );

  return (
    <Row gutter={16}>
      <Col span={24}>
        <Form.Item name="kind" label={f.kind}>
          <Segmented
            options={[
              { value: 'company', label: t.customers.kinds.company },
              { value: 'person', label: t.customers.kinds.person },
            ]}
          />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name="name" label={company ? f.name : f.personName} rules={rules.customer('name')}>
          <Input
            autoFocus={!isPhone}
            placeholder={
              company ? t.customers.form.namePlaceholderCompany : t.customers.form.namePlaceholderPerson
            }
          />
        </Form.Item>
      </Col>
      {company && (
        <Col span={span}>
          <Form.Item name="creditCode" label={f.creditCode} rules={rules.creditCode} validateDebounce={400}>
            <Input placeholder={t.customers.form.creditCodePlaceholder} className="keyi-mono-input" />
          </Form.Item>
        </Col>
      )}
      {dict('industry', f.industry, 'industry')}
      {company && dict('companySize', f.companySize, 'companySize')}
      {dict('sourceChannel', f.sourceChannel, 'sourceChannel')}
      <Col span={span}>
        <Form.Item name="referrerId" label={f.referrer} tooltip={t.customers.card.referrerHint}>
          <CustomerSelect current={customer?.referrer} excludeId={customer?.id} />
        </Form.Item>
      </Col>
      {dict('type', f.type, 'customerType')}
      {dict('status', f.status, 'customerStatus')}
      {dict('stage', f.stage, 'customerStage')}
      <Col span={span}>
        <Form.Item name="ownerId" label={f.owner}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={members}
            disabled={!can('customers.assign')}
            placeholder={t.customers.noOwner}
          />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name="firstContactDate" label={f.firstContactDate}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      {company && (
        <Col span={span}>
          <Form.Item name="establishedDate" label={f.establishedDate}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      )}
      {company && (
        <Col span={span}>
          <Form.Item name="parentId" label={f.parent} tooltip={t.customers.card.parentHint}>
            <CustomerSelect current={customer?.parent} excludeId={customer?.id} />
          </Form.Item>
        </Col>
      )}
      <Col span={24}>
        <Row gutter={12}>
          {text('province', f.province)}
          {text('city', f.city)}
          {text('district', f.district)}
          {text('address', f.address, 200, 24)}
        </Row>
      </Col>
      <Col span={24}>
        <Form.Item name="tags" label={f.tags}>
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t.customers.form.select}
            options={dicts.options('tag')}
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="notes" label={f.notes} rules={[{ max: 5000 }]}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            placeholder={t.customers.form.notesPlaceholder}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
