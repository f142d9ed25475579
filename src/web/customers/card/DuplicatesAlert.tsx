import { MergeCellsOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import type { TCustomer, TDuplicateCandidate } from '../../../domain/customer';
import { customersKey, findDuplicates } from '../../api/customers';
import { useCan } from '../../auth/session';
import { useT } from '../../i18n/I18nProvider';
import { DuplicateList } from '../DuplicateList';
import { MergeModal } from '../MergeModal';

/** The on-demand duplicate check on the card: if this customer looks like another, say so and offer a merge. */
export function DuplicatesAlert({ customer }: { customer: TCustomer }) {
  const t = useT();
  const can = useCan();
  const [merging, setMerging] = useState<TDuplicateCandidate | null>(null);
  const phones = customer.contacts.flatMap((c) => (c.masked ? [] : [c.mobile, c.phone])).filter(Boolean);
  const emails = customer.contacts.flatMap((c) => (c.masked ? [] : [c.email])).filter(Boolean);
  const duplicates = useQuery({
    queryKey: [...customersKey, 'duplicates-of', customer.id, customer.version],
    queryFn: () =>
      findDuplicates({
        excludeId: customer.id,
        name: customer.name,
        ...(customer.creditCode && { creditCode: customer.creditCode }),
        phones: phones as string[],
        emails: emails as string[],
      }),
    staleTime: 60_000,
    retry: false,
  });
  const items = duplicates.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <>
      <Alert
        type="warning"
        showIcon
        className="keyi-card-duplicates"
        title={t.customers.duplicates.found(items.length)}
        description={
          <DuplicateList
            candidates={items}
            actions={(c) =>
              can('customers.merge') && c.canOpen ? (
                <Button size="small" icon={<MergeCellsOutlined />} onClick={() => setMerging(c)}>
                  {t.customers.duplicates.merge}
                </Button>
              ) : null
            }
          />
        }
      />
      {merging && <MergeModal customer={customer} other={merging} onClose={() => setMerging(null)} />}
    </>
  );
}
