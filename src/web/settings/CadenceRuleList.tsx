import { DeleteOutlined } from '@ant-design/icons';
import type { FormListFieldData } from 'antd';
import { Button, Card, Flex, Form, InputNumber, Select, Space, Table } from 'antd';
import type { ReactNode } from 'react';
import { GRADES } from '../../domain/assessment';
import { ZCadenceRule } from '../../domain/cadence';
import { useDictionaries } from '../api/dictionaries';
import { useIsPhone } from '../components/useIsPhone';
import { useZodRules } from '../forms/zodRule';
import { useT } from '../i18n/I18nProvider';
import { CADENCE_MATCHES, isDuplicate, type TCadenceMatch, type TCadenceValues } from './cadenceRows';

interface RowInputs {
  match: ReactNode;
  value: ReactNode;
  days: ReactNode;
}

/** The three inputs of one rule, the same on a desktop table row and a phone card. */
function useRuleInputs(): (field: FormListFieldData) => RowInputs {
  const t = useT();
  const w = t.followUpRules.cadence;
  const form = Form.useFormInstance<TCadenceValues>();
  const rows = Form.useWatch('cadence', form) ?? [];
  const rules = useZodRules(ZCadenceRule);
  const dict = useDictionaries();

  function valueOptions(match: TCadenceMatch, current: string | undefined) {
    if (match === 'grade')
      return GRADES.map((g) => ({ value: g, label: t.customers.assessment.gradeLabel(g) }));
    const dictionary = match === 'tag' ? 'tag' : 'customerStage';
    const options = dict.options(dictionary).map(({ value, label }) => ({ value, label }));
    // A rule may name an entry since archived: it still shows by its name.
    if (current && !options.some((o) => o.value === current))
      options.push({ value: current, label: dict.label(dictionary, current) });
    return options;
  }

  return (field) => {
    const index = field.name;
    const row = rows[index];
    const match = row?.match ?? 'grade';
    const rule = w.rule(index + 1);
    return {
      match: (
        <Form.Item name={[index, 'match']} style={{ marginBottom: 0 }}>
          <Select
            aria-label={`${rule} ${w.match}`}
            options={CADENCE_MATCHES.map((m) => ({ value: m, label: w.kinds[m] }))}
            onChange={() => form.setFieldValue(['cadence', index, 'value'], undefined)}
          />
        </Form.Item>
      ),
      value: (
        <Form.Item
          name={[index, 'value']}
          style={{ marginBottom: 0 }}
          rules={[
            ...rules(match),
            {
              validator: async () => {
                if (isDuplicate(form.getFieldValue('cadence') as TCadenceValues['cadence'], index))
                  throw new Error(w.duplicate);
              },
            },
          ]}
        >
          <Select
            aria-label={`${rule} ${w.value}`}
            placeholder={w.placeholders[match]}
            loading={match !== 'grade' && dict.isPending}
            options={valueOptions(match, row?.value)}
            showSearch={match !== 'grade' ? { optionFilterProp: 'label' } : false}
          />
        </Form.Item>
      ),
      days: (
        <Form.Item style={{ marginBottom: 0 }}>
          <Space.Compact>
            <Space.Addon>{w.every}</Space.Addon>
            <Form.Item name={[index, 'days']} noStyle rules={rules('days')}>
              <InputNumber<number> precision={0} aria-label={`${rule} ${w.interval}`} style={{ width: 80 }} />
            </Form.Item>
            <Space.Addon>{w.daysUnit}</Space.Addon>
          </Space.Compact>
        </Form.Item>
      ),
    };
  };
}

/** An error under one input must not move the others of its row. */
const top = () => ({ style: { verticalAlign: 'top' as const } });

/** The rules of 跟进频率: an editable table on a desktop, a card per rule on a phone. */
export function CadenceRuleList(props: { fields: FormListFieldData[]; onRemove: (index: number) => void }) {
  const { fields, onRemove } = props;
  const t = useT();
  const w = t.followUpRules.cadence;
  const isPhone = useIsPhone();
  const inputs = useRuleInputs();
  const removeButton = (field: FormListFieldData) => (
    <Button
      type="text"
      danger
      icon={<DeleteOutlined />}
      aria-label={`${w.remove} ${w.rule(field.name + 1)}`}
      title={w.remove}
      onClick={() => onRemove(field.name)}
    />
  );

  if (isPhone) {
    return fields.map((field) => {
      const row = inputs(field);
      return (
        <Card key={field.key} size="small" style={{ marginBottom: 12 }} styles={{ body: { padding: 12 } }}>
          <div style={{ display: 'grid', gridTemplateColumns: '7.5em 1fr', gap: 8, marginBottom: 8 }}>
            {row.match}
            {row.value}
          </div>
          <Flex justify="space-between" align="flex-start" gap={8}>
            {row.days}
            {removeButton(field)}
          </Flex>
        </Card>
      );
    });
  }

  return (
    <Table<FormListFieldData>
      dataSource={fields}
      rowKey="key"
      pagination={false}
      size="middle"
      style={{ marginBottom: 12, maxWidth: 820 }}
      locale={{ emptyText: w.empty }}
      columns={[
        { key: 'match', title: w.match, width: 150, onCell: top, render: (_, f) => inputs(f).match },
        { key: 'value', title: w.value, onCell: top, render: (_, f) => inputs(f).value },
        { key: 'days', title: w.interval, width: 250, onCell: top, render: (_, f) => inputs(f).days },
        {
          key: 'remove',
          title: t.common.actions,
          width: 72,
          align: 'center',
          onCell: top,
          render: (_, f) => removeButton(f),
        },
      ]}
    />
  );
}
