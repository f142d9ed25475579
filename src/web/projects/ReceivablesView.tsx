import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Card, Segmented, Statistic } from 'antd';
import { useState } from 'react';
import { formatYuan } from '../../domain/money';
import { listReceivables, receivablesKey, type TReceivable } from '../api/projects';
import { useLocale, useT } from '../i18n/I18nProvider';
import { CustomerReceivables } from './CustomerReceivables';
import { ReceivableList } from './ReceivableList';

type TView = 'due' | 'customer';
const BIG = 200;

/**
 * 应收款: the totals on top (overdue, due this week, all still owed), then either what to chase now (overdue, then
 * due this week) or what each customer owes. Sums come from the per-customer view, which the server adds up.
 */
export function ReceivablesView({ ownerId }: { ownerId: string | undefined }) {
  const t = useT();
  const r = t.projects.receivables;
  const [locale] = useLocale();
  const [view, setView] = useState<TView>('due');
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
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const yuan = (fen: number) => formatYuan(fen, locale);
  return (
    <>
      <Card size="small" className="keyi-receivable-totals">
        <Statistic
          title={`${r.totals.overdue} · ${r.itemsCount(overdue.length)}`}
          value={yuan(sum(byCustomer.map((c) => c.overdue)))}
          styles={{ content: { color: overdue.length ? '#cf1322' : undefined } }}
          loading={customers.isPending}
        />
        <Statistic
          title={`${r.totals.week} · ${r.itemsCount(week.length)}`}
          value={yuan(sum(week.map((x) => x.outstandingAmount)))}
          loading={due.isPending}
        />
        <Statistic
          title={`${r.totals.owed} · ${r.customersCount(customers.data?.total ?? 0)}`}
          value={yuan(sum(byCustomer.map((c) => c.owed)))}
          loading={customers.isPending}
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
        <ReceivableList query={due} overdue={overdue} week={week} />
      ) : (
        <CustomerReceivables query={customers} items={byCustomer} />
      )}
    </>
  );
}
