import type { UseInfiniteQueryResult } from '@tanstack/react-query';
import { Button, Empty, Spin, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { formatYuan } from '../../domain/money';
import type { TReceivable, TReceivablesSummary } from '../api/projects';
import { LoadError } from '../components/LoadError';
import { useIsPhone } from '../components/useIsPhone';
import { useLocale, useT } from '../i18n/I18nProvider';
import { DueCell, ReceivableCards } from './ReceivableCards';

/** What to chase now: the overdue first (longest overdue on top, days in red), then what falls due this week. */
export function ReceivableList(props: {
  query: UseInfiniteQueryResult<unknown>;
  overdue: TReceivable[];
  week: TReceivable[];
  /** Each section's count and amount over everything, not only the rows loaded so far. */
  totals: TReceivablesSummary | undefined;
}) {
  const { query, overdue, week, totals } = props;
  const t = useT();
  const r = t.projects.receivables;
  if (query.isError && !query.data)
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Spin style={{ display: 'block', padding: 48 }} />;
  if (overdue.length + week.length === 0) return <Empty description={r.empty} style={{ padding: 48 }} />;
  return (
    <>
      {overdue.length > 0 && (
        <Section title={r.sections.overdue} items={overdue} total={totals?.overdue} danger />
      )}
      {week.length > 0 && <Section title={r.sections.week} items={week} total={totals?.week} />}
      {query.hasNextPage && (
        <Button block loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {t.common.loadMore}
        </Button>
      )}
    </>
  );
}

function Section(props: {
  title: string;
  items: TReceivable[];
  total: { amount: number; count: number } | undefined;
  danger?: boolean;
}) {
  const { title, items, total, danger } = props;
  const t = useT();
  const c = t.projects.receivables.columns;
  const [locale] = useLocale();
  const isPhone = useIsPhone();
  const yuan = (fen: number) => formatYuan(fen, locale);
  return (
    <section className="keyi-receivable-section" aria-label={title}>
      <Typography.Title level={5} type={danger ? 'danger' : undefined}>
        {title}
        {total && ` · ${t.projects.receivables.itemsCount(total.count)} · ${yuan(total.amount)}`}
      </Typography.Title>
      {isPhone ? (
        <ReceivableCards items={items} />
      ) : (
        <Table<TReceivable>
          rowKey={(x) => x.installment.id}
          size="small"
          pagination={false}
          dataSource={items}
          // Fixed widths, so the overdue and this week's tables line up one above the other.
          tableLayout="fixed"
          columns={[
            {
              key: 'customer',
              title: c.customer,
              render: (_, x) => <Link to={`/customers/${x.customer.id}`}>{x.customer.name}</Link>,
            },
            {
              key: 'project',
              title: c.project,
              width: '24%',
              render: (_, x) => <Link to={`/projects/${x.project.id}`}>{x.project.name}</Link>,
            },
            { key: 'installment', title: c.installment, width: 110, render: (_, x) => x.installment.name },
            { key: 'due', title: c.dueDate, width: 200, render: (_, x) => <DueCell item={x} /> },
            {
              key: 'outstanding',
              title: c.outstanding,
              width: 130,
              align: 'right',
              render: (_, x) => <strong>{yuan(x.outstandingAmount)}</strong>,
            },
            { key: 'owner', title: c.owner, width: 100, render: (_, x) => x.owner.name },
          ]}
        />
      )}
    </section>
  );
}
