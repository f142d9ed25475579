import { DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { GRADES } from '../../domain/assessment';
import { DUE_WINDOWS, HEALTH } from '../../domain/cadence';
import type { TDictionary } from '../../domain/dictionaries';
import type { TCustomerQuery } from '../api/customers';
import { useCustomFields } from '../api/custom-fields';
import { useDictionaries } from '../api/dictionaries';
import { useT } from '../i18n/I18nProvider';
import { yesNo } from './customFieldUi';
import { listValue, RANGE_FILTERS, withValue } from './listQuery';
import { useMemberOptions } from './useMemberOptions';

const DICT_FILTERS: [string, TDictionary][] = [
  ['type', 'customerType'],
  ['status', 'customerStatus'],
  ['stage', 'customerStage'],
  ['sourceChannel', 'sourceChannel'],
  ['industry', 'industry'],
  ['tag', 'tag'],
];

/** Shown in the desktop bar; the rest sit behind "more filters" so the table keeps its height. */
export const PRIMARY_FILTERS = ['grade', 'health', 'due', 'type', 'status', 'ownerId'] as const;
export const MORE_FILTERS = [
  'stage',
  'sourceChannel',
  'industry',
  'tag',
  'city',
  'firstContact',
  'created',
  'custom',
] as const;

interface Props {
  query: TCustomerQuery;
  onChange: (query: TCustomerQuery) => void;
  /** 'bar': a row of compact selects above the table; 'stack': labelled fields in a drawer. */
  layout: 'bar' | 'stack';
  only?: readonly string[];
}

/** Every list filter but the search box; each change goes straight to the address (and the server). */
export function FilterFields({ query, onChange, layout, only }: Props) {
  const t = useT();
  const dicts = useDictionaries();
  const members = useMemberOptions();
  const custom = useCustomFields();
  const f = t.customers.fields;
  const bar = layout === 'bar';

  const field = (key: string, label: string, control: ReactNode) =>
    bar ? (
      <div key={key} className="keyi-filter">
        {control}
      </div>
    ) : (
      <Form.Item key={key} label={label} style={{ marginBottom: 12 }}>
        {control}
      </Form.Item>
    );

  const multi = (key: string, label: string, options: { value: string; label: string }[]) =>
    field(
      key,
      label,
      <Select
        mode="multiple"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={bar ? label : t.customers.form.select}
        aria-label={label}
        maxTagCount="responsive"
        options={options}
        value={listValue(query, key)}
        onChange={(values: string[]) => onChange(withValue(query, key, values))}
        style={{ width: bar ? 150 : '100%' }}
        popupMatchSelectWidth={false}
      />,
    );

  const single = (key: 'health' | 'due', label: string, options: { value: string; label: string }[]) =>
    field(
      key,
      label,
      <Select
        allowClear
        placeholder={bar ? label : t.customers.form.select}
        aria-label={label}
        options={options}
        value={query[key]}
        onChange={(value: string | undefined) => onChange(withValue(query, key, value ?? null))}
        style={{ width: bar ? 120 : '100%' }}
        popupMatchSelectWidth={false}
      />,
    );
  const filters = t.customers.filters;

  const dateRange = (name: keyof typeof RANGE_FILTERS, label: string) => {
    const [fromKey, toKey] = RANGE_FILTERS[name];
    const from = query[fromKey] ? dayjs(query[fromKey]) : null;
    const to = query[toKey] ? dayjs(query[toKey]) : null;
    return field(
      name,
      label,
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        value={from || to ? [from, to] : null}
        placeholder={bar ? [label, ''] : undefined}
        aria-label={label}
        onChange={(range) => {
          const next = withValue(query, fromKey, range?.[0]?.format('YYYY-MM-DD') ?? null);
          onChange(withValue(next, toKey, range?.[1]?.format('YYYY-MM-DD') ?? null));
        }}
        style={{ width: bar ? 250 : '100%' }}
      />,
    );
  };
  const all = [
    multi(
      'grade',
      f.grade,
      GRADES.map((g) => ({ value: g, label: t.customers.assessment.gradeLabel(g) })),
    ),
    single(
      'health',
      filters.health,
      HEALTH.map((h) => ({ value: h, label: filters.healths[h] })),
    ),
    single(
      'due',
      filters.due,
      DUE_WINDOWS.map((d) => ({ value: d, label: filters.dues[d] })),
    ),
    ...DICT_FILTERS.map(([key, dict]) =>
      multi(key, key === 'tag' ? f.tags : lookupField(f, key), dicts.options(dict)),
    ),
    multi('ownerId', f.owner, [{ value: 'me', label: t.customers.filters.ownerMine }, ...members]),
    field(
      'city',
      t.customers.filters.city,
      <Input
        allowClear
        placeholder={bar ? t.customers.filters.city : undefined}
        aria-label={t.customers.filters.city}
        defaultValue={query.city}
        key={query.city ?? ''}
        onBlur={(e) => onChange(withValue(query, 'city', e.target.value.trim()))}
        onPressEnter={(e) => onChange(withValue(query, 'city', e.currentTarget.value.trim()))}
        onClear={() => onChange(withValue(query, 'city', null))}
        style={{ width: bar ? 120 : '100%' }}
      />,
    ),
    dateRange('firstContact', t.customers.filters.firstContact),
    dateRange('created', t.customers.filters.created),
  ];
  // Custom fields with a fixed set of answers filter by equality (custom.<key>=value).
  for (const cf of custom.fields) {
    if (cf.type !== 'select' && cf.type !== 'multiSelect' && cf.type !== 'checkbox') continue;
    const key = `custom.${cf.key}`;
    const label = custom.label(cf);
    const options = cf.type === 'checkbox' ? yesNo(t) : custom.options(cf);
    all.push(
      field(
        key,
        label,
        <Select
          allowClear
          placeholder={bar ? label : t.customers.form.select}
          aria-label={label}
          options={options}
          value={query[key]}
          onChange={(value: string | undefined) => onChange(withValue(query, key, value ?? null))}
          style={{ width: bar ? 150 : '100%' }}
        />,
      ),
    );
  }
  const shown = (key: string) =>
    !only || only.includes(key) || (only.includes('custom') && key.startsWith('custom.'));
  const fields = all.filter((node) => shown(String(node.key)));
  if (!bar) return <Form layout="vertical">{fields}</Form>;
  return (
    <Flex gap={8} wrap>
      {fields}
    </Flex>
  );
}

function lookupField(fields: Record<string, string>, key: string): string {
  return fields[key] ?? key;
}
