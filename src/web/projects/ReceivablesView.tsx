import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Card, Segmented, Statistic } from 'antd';
import { useState } from 'react';
import { formatYuan } from '../../domain/money';
import { listReceivables, receivablesKey, receivablesSummary, type TReceivable } from '../api/projects';
import { useLocale, useT } from '../i18n/I18nProvider';
import { CustomerReceivables } from './CustomerReceivables';
import { ReceivableList } from './ReceivableList';

type TView = 'due' | 'customer';
const BIG = 200;

/**
 * 应收款: the totals on top (overdue, due this week, all still owed, summed by the server over everything), then
 * either what to chase now (overdue, then due this week) or what each customer owes.
 */
export function ReceivablesView({ ownerId }: { ownerId: string | undefined }) {
  const t = useT();
  const r = t.projects.receivables;
  const [locale] = useLocale();
  const [view, setView] = useState<TView>('due');
  const summary = useQuery({
    queryKey: [...receivablesKey, 'summary', ownerId],
    queryFn: ({ signal }) => receivablesSummary({ ownerId }, signal),
  });
  const customers = useQuery({
    queryKey: [...receivablesKey, 'customer', ownerId],
    queryFn: ({ signal }) => listReceivables({ view: 'customer', ownerId, limit: BIG }, null, signal),
  });
  const due = useInfiniteQuery({
    queryKey: [...receivablesKey, 'due', ownerId],
    queryFn: ({ pageParam, signal }) =>
      listReceivables({ view: 'due', ownerId, limit: BIG }, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const rows: TReceivable[] = due.data?.pages.flatMap((p) => (p.view === 'customer' ? [] : p.items)) ?? [];
  const overdue = rows.filter((x) => x.status === 'overdue');
  const week = rows.filter((x) => x.status !== 'overdue');
  const byCustomer = customers.data?.view === 'customer' ? customers.data.items : [];
  const yuan = (fen: number) => formatYuan(fen, locale);
  const totals = summary.data;
  return (
    <>
      <Card size="small" className="keyi-receivable-totals">
        <Statistic
          title={`${r.totals.overdue} · ${r.itemsCount(totals?.overdue.count ?? 0)}`}
          value={yuan(totals?.overdue.amount ?? 0)}
          styles={{ content: { color: totals?.overdue.count ? '#cf1322' : undefined } }}
          loading={summary.isPending}
        />
        <Statistic
          title={`${r.totals.week} · ${r.itemsCount(totals?.week.count ?? 0)}`}
          value={yuan(totals?.week.amount ?? 0)}
          loading={summary.isPending}
        />
        <Statistic
          title={`${r.totals.owed} · ${r.customersCount(totals?.owed.customers ?? 0)}`}
          value={yuan(totals?.owed.amount ?? 0)}
          loading={summary.isPending}
        />
      </Card>
      <Segmented<TView>
        value={view}
        onChange={setView}
        options={[
          { value: 'due', label: r.views.due },
          { value: 'customer', label: r.views.customer },
        ]}
        style={{ margin: '12px 0' }}
      />
      {view === 'due' ? (
        <ReceivableList query={due} overdue={overdue} week={week} totals={totals} />
      ) : (
        <CustomerReceivables query={customers} items={byCustomer} />
      )}
    </>
  );
}
