import { useQuery } from '@tanstack/react-query';
import { Descriptions, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { TCustomer } from '../../../domain/customer';
import { customerRelatedKey, getRelated, type TRelatedRef } from '../../api/customers';
import { useCan } from '../../auth/session';
import { useT } from '../../i18n/I18nProvider';
import { InlineField } from './InlineField';
import { useCustomerPatch } from './useCustomerPatch';

function RefLink({ customer }: { customer: { id: string; name: string; canOpen?: boolean } }) {
  if (customer.canOpen === false) return <Typography.Text>{customer.name}</Typography.Text>;
  return (
    <Link to={`/customers/${customer.id}`} onClick={(e) => e.stopPropagation()}>
      {customer.name}
    </Link>
  );
}

function RefList({ refs }: { refs: TRelatedRef[] }) {
  return (
    <Flex vertical gap={2}>
      {refs.map((r) => (
        <span key={r.id}>
          <RefLink customer={r} /> <Typography.Text type="secondary">{r.number}</Typography.Text>
        </span>
      ))}
    </Flex>
  );
}

/** 关联客户: the head office above and branches below, who referred this customer and whom it referred. */
export function RelatedSection({ customer }: { customer: TCustomer }) {
  const t = useT();
  const c = t.customers.card;
  const can = useCan();
  const patch = useCustomerPatch(customer);
  const related = useQuery({
    queryKey: [...customerRelatedKey(customer.id), customer.version],
    queryFn: () => getRelated(customer.id),
    retry: false,
  });
  const branches = related.data?.branches ?? [];
  const referred = related.data?.referred ?? [];

  const editable = (
    key: 'parentId' | 'referrerId',
    label: string,
    hint: string,
    ref: TCustomer['parent'],
  ) => ({
    key,
    label,
    children: (
      <div>
        <InlineField
          label={label}
          display={ref ? <RefLink customer={ref} /> : null}
          value={ref?.id ?? null}
          editor={{ kind: 'customer', current: ref, excludeId: customer.id }}
          canEdit={can('customers.write')}
          onSave={(id) => patch({ [key]: (id as string | null) ?? null })}
        />
        <div className="keyi-field-hint">{hint}</div>
      </div>
    ),
  });
  const items = [
    editable('parentId', t.customers.fields.parent, c.parentHint, customer.parent),
    ...(branches.length
      ? [{ key: 'branches', label: c.branches, children: <RefList refs={branches} /> }]
      : []),
    editable('referrerId', t.customers.fields.referrer, c.referrerHint, customer.referrer),
    ...(referred.length
      ? [{ key: 'referred', label: c.referred, children: <RefList refs={referred} /> }]
      : []),
  ];
  return <Descriptions column={1} size="small" className="keyi-card-fields" items={items} />;
}
