import { DatePicker, Flex, Input, Select, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { STAGE_KINDS } from '../../domain/pipeline';
import type { TDealQuery } from '../api/deals';
import { useDictionaries } from '../api/dictionaries';
import { useSession } from '../auth/session';
import { useDebounced } from '../components/useDebounced';
import { useMemberOptions } from '../customers/useMemberOptions';
import { useT } from '../i18n/I18nProvider';

/** Search, owner, the customer's grade and source, "awaiting approval"; on the list also the won/lost days. */
export function DealFilters({
  query,
  onChange,
  list,
}: {
  query: TDealQuery;
  onChange: (next: TDealQuery) => void;
  list: boolean;
}) {
  const t = useT();
  const { user } = useSession();
  const members = useMemberOptions();
  const dicts = useDictionaries();
  const [text, setText] = useState(query.q ?? '');
  const q = useDebounced(text, 300);
  useEffect(() => {
    if ((query.q ?? '') !== q) onChange({ ...query, q: q || undefined });
    // Only the typed text drives this; the other filters change through their own controls.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);
  const owners = [{ value: 'me', label: t.deals.onlyMine }, ...members.filter((m) => m.value !== user.id)];
  return (
    <Flex gap={8} wrap align="center" className="keyi-deal-filters">
      <Input.Search
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t.deals.searchPlaceholder}
        style={{ width: 240 }}
      />
      <Select
        allowClear
        placeholder={t.deals.allOwners}
        value={query.ownerId}
        onChange={(ownerId?: string) => onChange({ ...query, ownerId })}
        options={owners}
        style={{ width: 150 }}
      />
      <Select
        allowClear
        placeholder={t.customers.fields.grade}
        value={query.grade}
        onChange={(grade?: string) => onChange({ ...query, grade })}
        options={['A', 'B', 'C'].map((g) => ({ value: g, label: g }))}
        style={{ width: 120 }}
      />
      <Select
        allowClear
        placeholder={t.customers.fields.sourceChannel}
        value={query.sourceChannel}
        onChange={(sourceChannel?: string) => onChange({ ...query, sourceChannel })}
        options={dicts.options('sourceChannel')}
        style={{ width: 150 }}
      />
      <Flex gap={6} align="center">
        <Switch
          size="small"
          checked={query.approval === 'pending'}
          onChange={(on) => onChange({ ...query, approval: on ? 'pending' : undefined })}
        />
        <Typography.Text>{t.deals.pendingOnly}</Typography.Text>
      </Flex>
      {list && (
        <Select
          allowClear
          placeholder={t.deals.allKinds}
          aria-label={t.deals.allKinds}
          value={query.stageKind}
          onChange={(stageKind?: TDealQuery['stageKind']) => onChange({ ...query, stageKind })}
          options={STAGE_KINDS.map((kind) => ({ value: kind, label: t.deals.kinds[kind] }))}
          style={{ width: 120 }}
        />
      )}
      {list && (
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          aria-label={t.deals.closedBetween}
          placeholder={[t.deals.closedBetween, '']}
          value={
            query.closedFrom || query.closedTo
              ? [
                  query.closedFrom ? dayjs(query.closedFrom) : null,
                  query.closedTo ? dayjs(query.closedTo) : null,
                ]
              : null
          }
          onChange={(range) =>
            onChange({
              ...query,
              closedFrom: range?.[0]?.format('YYYY-MM-DD'),
              closedTo: range?.[1]?.format('YYYY-MM-DD'),
            })
          }
          style={{ width: 250 }}
        />
      )}
    </Flex>
  );
}
