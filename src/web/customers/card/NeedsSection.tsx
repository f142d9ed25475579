import { Descriptions, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { TCustomer, TNeeds } from '../../../domain/customer';
import { useCan } from '../../auth/session';
import { useIsPhone } from '../../components/useIsPhone';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { formatYuan } from '../../../domain/money';
import { toFen, toYuan } from '../money';
import { InlineField, type TEditor } from './InlineField';
import { useCustomerPatch } from './useCustomerPatch';

const PRIORITY_COLOR = { high: 'red', medium: 'gold', low: 'default' } as const;

/** 需求画像, edited in place; the whole profile is sent back so nothing else in it changes. */
export function NeedsSection({ customer }: { customer: TCustomer }) {
  const t = useT();
  const n = t.customers.needs;
  const [locale] = useLocale();
  const can = useCan();
  const isPhone = useIsPhone();
  const patch = useCustomerPatch(customer);
  const needs = customer.needs;

  const field = (
    key: keyof TNeeds,
    label: string,
    display: ReactNode,
    value: unknown,
    editor: TEditor,
    span = 1,
  ) => ({
    key,
    label,
    span: isPhone ? 1 : span,
    children: (
      <InlineField
        label={label}
        display={display}
        value={value}
        editor={editor}
        canEdit={can('customers.write')}
        onSave={(v) => {
          let next: unknown = v === '' || v === undefined ? null : v;
          if (key === 'budgetMin' || key === 'budgetMax') next = toFen(next as number | null);
          return patch({ needs: { ...needs, [key]: next } });
        }}
      />
    ),
  });
  const money = (fen: number | null | undefined) => (fen == null ? null : formatYuan(fen, locale));
  const long = (key: 'coreNeed' | 'painPoints' | 'competition') =>
    field(key, n[key], needs[key], needs[key] ?? '', { kind: 'textarea', max: 2000 }, 2);
  const priorities = (['high', 'medium', 'low'] as const).map((p) => ({
    value: p,
    label: t.customers.priorities[p],
  }));

  const items = [
    long('coreNeed'),
    long('painPoints'),
    field('budgetMin', n.budgetMin, money(needs.budgetMin), toYuan(needs.budgetMin), { kind: 'money' }),
    field('budgetMax', n.budgetMax, money(needs.budgetMax), toYuan(needs.budgetMax), { kind: 'money' }),
    field('expectedDelivery', n.expectedDelivery, needs.expectedDelivery, needs.expectedDelivery, {
      kind: 'date',
    }),
    field('decisionMaker', n.decisionMaker, needs.decisionMaker, needs.decisionMaker ?? '', {
      kind: 'text',
      max: 100,
    }),
    field(
      'priority',
      n.priority,
      needs.priority ? (
        <Tag color={PRIORITY_COLOR[needs.priority]}>{t.customers.priorities[needs.priority]}</Tag>
      ) : null,
      needs.priority ?? null,
      { kind: 'select', options: priorities },
    ),
    field(
      'needKeywords',
      n.needKeywords,
      needs.needKeywords?.length ? needs.needKeywords.map((k) => <Tag key={k}>{k}</Tag>) : null,
      needs.needKeywords ?? [],
      { kind: 'keywords' },
    ),
    long('competition'),
  ];
  return <Descriptions column={isPhone ? 1 : 2} size="small" className="keyi-card-fields" items={items} />;
}
