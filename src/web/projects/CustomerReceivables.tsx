import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, List, Spin, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { formatYuan } from '../../domain/money';
import type { TCustomerReceivable } from '../api/projects';
import { LoadError } from '../components/LoadError';
import { useIsPhone } from '../components/useIsPhone';
import { useLocale, useT } from '../i18n/I18nProvider';

/** What each customer owes, the most overdue first; a customer leads to its projects on the board. */
export function CustomerReceivables({
  query,
  items,
}: {
  query: UseQueryResult;
  items: TCustomerReceivable[];
}) {
  const t = useT();
  const r = t.projects.receivables;
  const c = r.columns;
  const [locale] = useLocale();
  const isPhone = useIsPhone();
  const yuan = (fen: number) => formatYuan(fen, locale);
  if (query.isError && !query.data)
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Spin style={{ display: 'block', padding: 48 }} />;
  if (items.length === 0) return <Empty description={r.emptyCustomers} style={{ padding: 48 }} />;
  const projectsOf = (x: TCustomerReceivable) => `/projects?customerId=${encodeURIComponent(x.customer.id)}`;
  const overdue = (x: TCustomerReceivable) =>
    x.overdue > 0 ? <Typography.Text type="danger">{yuan(x.overdue)}</Typography.Text> : '—';
  if (isPhone)
    return (
      <List
        dataSource={items}
        renderItem={(x) => (
          <List.Item extra={<strong>{yuan(x.owed)}</strong>}>
            <List.Item.Meta
              title={<Link to={projectsOf(x)}>{x.customer.name}</Link>}
              description={
                <>
                  {r.itemsCount(x.installments)}
                  {x.overdue > 0 && (
                    <>
                      {' '}
                      · {c.overdue} {overdue(x)}
                    </>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
    );
  return (
    <Table<TCustomerReceivable>
      rowKey={(x) => x.customer.id}
      size="small"
      pagination={false}
      dataSource={items}
      columns={[
        {
          key: 'customer',
          title: c.customer,
          render: (_, x) => <Link to={`/customers/${x.customer.id}`}>{x.customer.name}</Link>,
        },
        { key: 'owed', title: c.owed, align: 'right', render: (_, x) => <strong>{yuan(x.owed)}</strong> },
        { key: 'overdue', title: c.overdue, align: 'right', render: (_, x) => overdue(x) },
        { key: 'count', title: c.count, align: 'right', render: (_, x) => x.installments },
        { key: 'earliest', title: c.earliest, render: (_, x) => x.earliestDueDate ?? r.notScheduled },
        { key: 'projects', title: '', render: (_, x) => <Link to={projectsOf(x)}>{r.viewProjects}</Link> },
      ]}
    />
  );
}
