import { Descriptions } from 'antd';
import type { ReactNode } from 'react';
import type { TCustomer, TUpdateCustomerInput } from '../../../domain/customer';
import type { TDictionary } from '../../../domain/dictionaries';
import { useDictionaries } from '../../api/dictionaries';
import { useCan, useSession } from '../../auth/session';
import { useIsPhone } from '../../components/useIsPhone';
import { formatDateTime } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { TagList } from '../labels';
import { useMemberOptions } from '../useMemberOptions';
import { InlineField, type TEditor } from './InlineField';
import { useCustomerPatch } from './useCustomerPatch';

type Field = keyof Omit<TUpdateCustomerInput, 'version'>;
type Item = { key: string; label: string; node: ReactNode; span?: number };

/** 基本信息, every value editable in place for those who may write. */
export function BasicSection({ customer }: { customer: TCustomer }) {
  const t = useT();
  const f = t.customers.fields;
  const [locale] = useLocale();
  const { workspace } = useSession();
  const can = useCan();
  const isPhone = useIsPhone();
  const dicts = useDictionaries();
  const members = useMemberOptions();
  const patch = useCustomerPatch(customer);
  const canEdit = can('customers.write');
  const company = customer.kind === 'company';

  const field = (
    key: Field,
    label: string,
    display: ReactNode,
    value: unknown,
    editor: TEditor,
    span = 1,
  ): Item => ({
    key,
    label,
    span,
    node: (
      <InlineField
        label={label}
        display={display}
        value={value}
        editor={editor}
        canEdit={canEdit && (key !== 'ownerId' || can('customers.assign'))}
        onSave={(v) => patch({ [key]: v === '' || v === undefined ? null : v })}
      />
    ),
  });
  const text = (key: 'creditCode' | 'province' | 'city' | 'district' | 'address', max = 30) =>
    field(key, f[key], customer[key], customer[key] ?? '', { kind: 'text', max });
  const dict = (
    key: 'industry' | 'companySize' | 'sourceChannel' | 'type' | 'status' | 'stage',
    d: TDictionary,
  ) =>
    field(key, f[key], customer[key]?.label, customer[key]?.key ?? null, {
      kind: 'select',
      options: dicts.options(d),
    });
  const date = (key: 'firstContactDate' | 'establishedDate') =>
    field(key, f[key], customer[key], customer[key], { kind: 'date' });

  const items: Item[] = [
    { key: 'kind', label: f.kind, node: t.customers.kinds[customer.kind] },
    ...(company ? [text('creditCode', 40)] : []),
    dict('type', 'customerType'),
    dict('status', 'customerStatus'),
    dict('stage', 'customerStage'),
    dict('sourceChannel', 'sourceChannel'),
    dict('industry', 'industry'),
    ...(company ? [dict('companySize', 'companySize')] : []),
    field('ownerId', f.owner, customer.owner?.name, customer.owner?.id ?? null, {
      kind: 'select',
      options: members,
    }),
    date('firstContactDate'),
    ...(company ? [date('establishedDate')] : []),
    text('province'),
    text('city'),
    text('district'),
    text('address', 200),
    field(
      'tags',
      f.tags,
      customer.tags.length ? <TagList tags={customer.tags} /> : null,
      customer.tags.map((tag) => tag.key),
      { kind: 'multi', options: dicts.options('tag') },
      2,
    ),
    field('notes', f.notes, customer.notes, customer.notes ?? '', { kind: 'textarea', max: 5000 }, 2),
    {
      key: 'createdAt',
      label: f.createdAt,
      node: formatDateTime(customer.createdAt, locale, workspace.timeZone),
    },
  ];
  return (
    <Descriptions
      column={isPhone ? 1 : 2}
      size="small"
      className="keyi-card-fields"
      items={items.map((item) => ({
        key: item.key,
        label: item.label,
        children: item.node,
        span: isPhone ? 1 : item.span,
      }))}
    />
  );
}
