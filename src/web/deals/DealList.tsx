import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Empty, List, Spin, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { TDeal } from '../../domain/deal';
import { formatYuan } from '../../domain/money';
import { dealsKey, listDeals, type TDealQuery } from '../api/deals';
import { LoadError } from '../components/LoadError';
import { useIsPhone } from '../components/useIsPhone';
import { useLocale, useT } from '../i18n/I18nProvider';
import { StageTag } from './StageTag';

const amountOf = (d: TDeal) =>
  d.stage.kind === 'open' ? d.expectedAmount : (d.actualAmount ?? d.expectedAmount);

/** 商机列表: a table on desktop, cards on a phone, the next keyset page on demand. */
export function DealList({
  query,
  onCount,
}: {
  query: TDealQuery;
  onCount: (n: number, capped: boolean) => void;
}) {
  const t = useT();
  const f = t.deals.fields;
  const [locale] = useLocale();
  const isPhone = useIsPhone();
  const list = useInfiniteQuery({
    queryKey: [...dealsKey, 'list', query],
    queryFn: ({ pageParam, signal }) => listDeals(query, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const first = list.data?.pages[0];
  useEffect(() => {
    if (first) onCount(first.total, first.totalCapped ?? false);
  }, [first, onCount]);
  if (list.isError && !list.data) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data) return <Spin style={{ display: 'block', padding: 48 }} />;
  const items = list.data.pages.flatMap((p) => p.items);
  const more = list.hasNextPage && (
    <Button
      block
      onClick={() => void list.fetchNextPage()}
      loading={list.isFetchingNextPage}
      style={{ marginTop: 12 }}
    >
      {t.deals.column.more}
    </Button>
  );
  if (items.length === 0) return <Empty description={t.deals.empty.filtered} style={{ padding: 48 }} />;
  const money = (d: TDeal) => {
    const amount = amountOf(d);
    return amount == null ? '—' : formatYuan(amount, locale);
  };
  if (isPhone)
    return (
      <>
        <List
          dataSource={items}
          renderItem={(d) => (
            <List.Item>
              <List.Item.Meta
                title={<Link to={`/deals/${d.id}`}>{d.title}</Link>}
                description={
                  <>
                    <div>{d.customer.name}</div>
                    <div>
                      <StageTag stage={d.stage} /> {money(d)} · {d.owner.name}
                    </div>
                  </>
                }
              />
            </List.Item>
          )}
        />
        {more}
      </>
    );
  return (
    <>
      <Table<TDeal>
        rowKey="id"
        dataSource={items}
        pagination={false}
        size="middle"
        columns={[
          { key: 'number', title: f.number, dataIndex: 'number', width: 150 },
          { key: 'title', title: f.title, render: (_, d) => <Link to={`/deals/${d.id}`}>{d.title}</Link> },
          {
            key: 'customer',
            title: f.customer,
            render: (_, d) => <Link to={`/customers/${d.customer.id}`}>{d.customer.name}</Link>,
          },
          {
            key: 'stage',
            title: f.stage,
            render: (_, d) => (
              <>
                <StageTag stage={d.stage} />
                {d.pendingApproval && <Tag color="orange">{t.deals.card.pending}</Tag>}
              </>
            ),
          },
          { key: 'amount', title: f.amount, align: 'right', render: (_, d) => money(d) },
          {
            key: 'date',
            title: f.expectedCloseDate,
            render: (_, d) =>
              d.closedDate ?? d.expectedCloseDate ?? <Typography.Text type="secondary">—</Typography.Text>,
          },
          { key: 'owner', title: f.owner, render: (_, d) => d.owner.name },
        ]}
      />
      {more}
    </>
  );
}
