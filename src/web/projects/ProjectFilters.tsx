import { useQuery } from '@tanstack/react-query';
import { Flex, Input, Segmented, Select, Switch, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { PROJECT_STATUSES, type TProjectStatus } from '../../domain/project';
import { customerKey, getCustomer } from '../api/customers';
import type { TProjectQuery } from '../api/projects';
import { useDebounced } from '../components/useDebounced';
import { useT } from '../i18n/I18nProvider';
import type { TProjectsTab } from './projectQuery';

/** Whose projects (mine or everyone's) on both tabs; on the board also the name, the status and "only delayed". */
export function ProjectFilters(props: {
  tab: TProjectsTab;
  query: TProjectQuery;
  onChange: (next: TProjectQuery) => void;
}) {
  const { tab, query, onChange } = props;
  const t = useT();
  const p = t.projects;
  const [text, setText] = useState(query.q ?? '');
  const q = useDebounced(text, 300);
  useEffect(() => {
    if ((query.q ?? '') !== q) onChange({ ...query, q: q || undefined });
    // Only the typed text drives this; the other filters change through their own controls.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);
  const customer = useQuery({
    queryKey: customerKey(query.customerId ?? ''),
    queryFn: () => getCustomer(query.customerId ?? ''),
    enabled: !!query.customerId,
  });
  return (
    <Flex gap={8} wrap align="center" className="keyi-project-filters">
      <Segmented<'all' | 'me'>
        value={query.ownerId === 'me' ? 'me' : 'all'}
        options={[
          { value: 'all', label: p.owners.all },
          { value: 'me', label: p.owners.mine },
        ]}
        onChange={(v) => onChange({ ...query, ownerId: v === 'me' ? 'me' : undefined })}
      />
      {tab === 'board' && (
        <>
          <Input.Search
            allowClear
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={p.searchPlaceholder}
            aria-label={p.searchPlaceholder}
            className="keyi-project-search"
          />
          <Select<TProjectStatus>
            allowClear
            placeholder={p.allStatuses}
            aria-label={p.fields.status}
            value={query.status}
            onChange={(status) => onChange({ ...query, status })}
            options={PROJECT_STATUSES.map((s) => ({ value: s, label: p.statuses[s] }))}
            className="keyi-project-status-filter"
          />
          <Flex gap={6} align="center">
            <Switch
              size="small"
              checked={query.delayed === 'true'}
              onChange={(on) => onChange({ ...query, delayed: on ? 'true' : undefined })}
              aria-label={p.delayedOnly}
            />
            <Typography.Text>{p.delayedOnly}</Typography.Text>
          </Flex>
          {query.customerId && (
            <Tag closable onClose={() => onChange({ ...query, customerId: undefined })}>
              {p.labelled(p.fields.customer, customer.data?.name ?? '…')}
            </Tag>
          )}
        </>
      )}
    </Flex>
  );
}
