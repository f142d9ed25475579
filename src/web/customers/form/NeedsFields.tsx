import { Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useIsPhone } from '../../components/useIsPhone';
import { useT } from '../../i18n/I18nProvider';
import { useCustomerRules } from './rules';

/** 需求画像: what they need, what hurts, what they can spend and by when, who decides. */
export function NeedsFields() {
  const t = useT();
  const n = t.customers.needs;
  const isPhone = useIsPhone();
  const rules = useCustomerRules();
  const span = isPhone ? 24 : 12;
  const yuan = (name: string, label: string) => (
    <InputNumber<number>
      min={0}
      max={1e11}
      step={1000}
      precision={2}
      style={{ width: '100%' }}
      suffix={n.yuan}
      placeholder={label}
      aria-label={label}
      id={`needs_${name}`}
    />
  );
  return (
    <Row gutter={16}>
      <Col span={24}>
        <Form.Item name={['needs', 'coreNeed']} label={n.coreNeed} rules={rules.needs('coreNeed', true)}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name={['needs', 'painPoints']}
          label={n.painPoints}
          rules={rules.needs('painPoints', true)}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item label={n.budget} style={{ marginBottom: 0 }}>
          <Row gutter={8} wrap={false} align="top">
            <Col flex={1}>
              <Form.Item name={['needs', 'budgetMin']}>{yuan('budgetMin', n.budgetMin)}</Form.Item>
            </Col>
            <Col style={{ lineHeight: '32px' }}>{n.to}</Col>
            <Col flex={1}>
              <Form.Item
                name={['needs', 'budgetMax']}
                dependencies={[['needs', 'budgetMin']]}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: async (_r, max: number | null) => {
                      const min = getFieldValue(['needs', 'budgetMin']) as number | null;
                      if (max != null && min != null && max < min) throw new Error(n.budgetOrder);
                    },
                  }),
                ]}
              >
                {yuan('budgetMax', n.budgetMax)}
              </Form.Item>
            </Col>
          </Row>
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name={['needs', 'expectedDelivery']} label={n.expectedDelivery}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item
          name={['needs', 'decisionMaker']}
          label={n.decisionMaker}
          rules={rules.needs('decisionMaker', true)}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name={['needs', 'priority']} label={n.priority}>
          <Radio.Group
            optionType="button"
            options={(['high', 'medium', 'low'] as const).map((p) => ({
              value: p,
              label: t.customers.priorities[p],
            }))}
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name={['needs', 'needKeywords']} label={n.needKeywords}>
          <Select
            mode="tags"
            open={false}
            placeholder={n.keywordsPlaceholder}
            tokenSeparators={[',', '，', '、']}
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name={['needs', 'competition']}
          label={n.competition}
          rules={rules.needs('competition', true)}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
