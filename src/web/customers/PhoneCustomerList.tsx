import { FilterOutlined, PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Flex, FloatButton, Form, Select, Spin } from 'antd';
import { useState, type ReactNode } from 'react';
import { PageHeader } from '../components/PageHeader';
import { useT } from '../i18n/I18nProvider';
import { CustomerCards } from './CustomerCards';
import { FilterFields } from './FilterFields';
import { activeFilterCount, DEFAULT_SORT, withValue } from './listQuery';
import { SearchBox } from './SearchBox';
import type { useCustomerList } from './useCustomerList';
import type { useListState } from './useListState';

interface Props {
  state: ReturnType<typeof useListState>;
  list: ReturnType<typeof useCustomerList>;
  empty: ReactNode;
  views: ReactNode;
  subtitle: string | undefined;
  onCreate: (() => void) | undefined;
  onLoadMore: () => void;
}

/** Phones: search on top, filters in a drawer, a card per customer and a floating "+". */
export function PhoneCustomerList({ state, list, empty, views, subtitle, onCreate, onLoadMore }: Props) {
  const t = useT();
  const fl = t.customers.filters;
  const { query, setQuery, sort } = state;
  const [open, setOpen] = useState(false);
  const count = activeFilterCount(query);
  const sorts = Object.entries(fl.sorts).map(([value, label]) => ({ value, label }));

  return (
    <div className="keyi-customers-phone">
      <PageHeader title={t.customers.title} subtitle={subtitle} extra={views} />
      <Flex gap={8} style={{ marginBottom: 12 }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <SearchBox
            value={query.q ?? ''}
            onChange={(q) => setQuery(withValue(query, 'q', q))}
            width="100%"
          />
        </div>
        <Badge count={count} size="small">
          <Button icon={<FilterOutlined />} onClick={() => setOpen(true)} aria-label={fl.title}>
            {fl.title}
          </Button>
        </Badge>
      </Flex>
      {list.isPending ? (
        <Spin style={{ display: 'block', padding: 48 }} />
      ) : list.items.length === 0 ? (
        empty
      ) : (
        <CustomerCards
          items={list.items}
          hasMore={!!list.hasNextPage}
          loading={list.isFetchingNextPage}
          onLoadMore={onLoadMore}
        />
      )}
      {onCreate && (
        <FloatButton
          type="primary"
          icon={<PlusOutlined />}
          aria-label={t.customers.new}
          tooltip={t.customers.new}
          onClick={onCreate}
          className="keyi-fab"
        />
      )}
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        placement="bottom"
        size="85vh"
        title={fl.title}
        extra={
          <Button type="link" onClick={() => setQuery(query.q ? { q: query.q } : {})}>
            {fl.reset}
          </Button>
        }
        footer={
          <Button type="primary" block size="large" onClick={() => setOpen(false)}>
            {list.isSuccess
              ? `${fl.apply}（${t.customers.countShort(list.total, list.totalCapped)}）`
              : fl.apply}
          </Button>
        }
      >
        <Form layout="vertical">
          <Form.Item label={fl.sort} style={{ marginBottom: 12 }}>
            <Select
              options={sorts}
              value={sorts.some((s) => s.value === sort) ? sort : undefined}
              onChange={(value: string) =>
                setQuery(withValue(query, 'sort', value === DEFAULT_SORT ? null : value))
              }
              aria-label={fl.sort}
            />
          </Form.Item>
        </Form>
        <FilterFields query={query} onChange={setQuery} layout="stack" />
      </Drawer>
    </div>
  );
}
