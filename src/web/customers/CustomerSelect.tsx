import { useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { useState } from 'react';
import { customersKey, listCustomers } from '../api/customers';
import { useDebounced } from '../components/useDebounced';
import { useT } from '../i18n/I18nProvider';

interface TRef {
  id: string;
  name: string;
  number: string;
}

/** Picks another customer by name, number or pinyin (for 上级客户, 介绍人 and merging), searched on the server. */
export function CustomerSelect(props: {
  value?: string | null;
  onChange?: (id: string | null, customer: TRef | null) => void;
  /** The current value's name and number, so it shows before any search. */
  current?: TRef | null;
  excludeId?: string;
  placeholder?: string;
  id?: string;
  autoFocus?: boolean;
}) {
  const { value, onChange, current, excludeId, placeholder, id, autoFocus } = props;
  const t = useT();
  const [q, setQ] = useState('');
  const term = useDebounced(q.trim(), 250);
  const found = useQuery({
    queryKey: [...customersKey, 'pick', term],
    queryFn: ({ signal }) => listCustomers(term ? { q: term } : {}, null, signal, 20),
    staleTime: 10_000,
  });
  const refs: TRef[] = [
    ...(current ? [current] : []),
    ...(found.data?.items ?? []).filter((c) => c.id !== current?.id),
  ].filter((c) => c.id !== excludeId);
  return (
    <Select
      id={id}
      autoFocus={autoFocus}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={found.isFetching}
      placeholder={placeholder ?? t.customers.merge.otherPlaceholder}
      value={value ?? undefined}
      onChange={(next: string | undefined) =>
        onChange?.(next ?? null, refs.find((r) => r.id === next) ?? null)
      }
      options={refs.map((r) => ({
        value: r.id,
        title: r.name,
        label: (
          <span>
            {r.name} <Typography.Text type="secondary">{r.number}</Typography.Text>
          </span>
        ),
      }))}
      notFoundContent={found.isFetching ? t.common.loading : undefined}
    />
  );
}
