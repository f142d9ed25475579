import { InboxOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ImportLink } from './import/ImportLink';
import { useCan } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { useIsPhone } from '../components/useIsPhone';
import { useT } from '../i18n/I18nProvider';
import { BulkBar } from './BulkBar';
import { ColumnChooser } from './ColumnChooser';
import { ExportButton } from './ExportButton';
import { CustomerTable } from './CustomerTable';
import { FilterFields, PRIMARY_FILTERS } from './FilterFields';
import { activeFilterCount, withValue } from './listQuery';
import { MoreFilters } from './MoreFilters';
import { PhoneCustomerList } from './PhoneCustomerList';
import { SavedViews } from './SavedViews';
import { SearchBox } from './SearchBox';
import { useCustomerList } from './useCustomerList';
import { useKeyShortcut } from './useKeyShortcut';
import { useListState } from './useListState';

export function CustomersPage() {
  const t = useT();
  const can = useCan();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const state = useListState();
  const { query, setQuery, sort } = state;
  const list = useCustomerList(query);
  // A selection belongs to the rows it was made on: new filters start with none.
  const queryKey = JSON.stringify(query);
  const [selection, setSelection] = useState({ key: queryKey, ids: [] as string[] });
  const selected = selection.key === queryKey ? selection.ids : [];
  const setSelected = (ids: string[]) => setSelection({ key: queryKey, ids });
  const canWrite = can('customers.write');
  const createNew = useCallback(() => navigate('/customers/new'), [navigate]);
  useKeyShortcut('c', canWrite ? createNew : noop);

  const filtered = activeFilterCount(query) > 0 || !!query.q;
  const loadMore = useCallback(() => void list.fetchNextPage(), [list]);
  const empty = filtered ? (
    <Empty description={t.customers.list.emptyFiltered}>
      <Button onClick={() => setQuery(sort === '-createdAt' ? {} : { sort })}>
        {t.customers.list.clearFilters}
      </Button>
    </Empty>
  ) : (
    <Empty description={t.customers.list.emptyHint}>
      {canWrite && (
        <Button type="primary" icon={<PlusOutlined />} onClick={createNew}>
          {t.customers.new}
        </Button>
      )}
    </Empty>
  );
  const views = (
    <SavedViews
      query={query}
      columns={state.columns}
      activeId={state.viewId}
      onApply={state.applyView}
      compact={isPhone}
    />
  );
  const subtitle = list.isSuccess ? t.customers.count(list.total, list.totalCapped) : undefined;

  if (list.isError && !list.data) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;

  if (isPhone) {
    return (
      <PhoneCustomerList
        state={state}
        list={list}
        empty={empty}
        views={views}
        subtitle={subtitle}
        onCreate={canWrite ? createNew : undefined}
        onLoadMore={loadMore}
      />
    );
  }

  return (
    <div className="keyi-customers-page">
      <PageHeader
        title={t.customers.title}
        subtitle={subtitle}
        extra={
          <>
            {views}
            <ColumnChooser value={state.columns} onChange={state.setColumns} />
            <Link to="/pool">
              <Button icon={<InboxOutlined />}>{t.pool.title}</Button>
            </Link>
            <ExportButton query={query} columns={state.columns} />
            {canWrite && <ImportLink kind="customers" />}
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={createNew} title="C">
                {t.customers.new}
              </Button>
            )}
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <SearchBox value={query.q ?? ''} onChange={(q) => setQuery(withValue(query, 'q', q))} />
        <FilterFields query={query} onChange={setQuery} layout="bar" only={PRIMARY_FILTERS} />
        <MoreFilters query={query} onChange={setQuery} />
        {filtered && (
          <Button type="link" onClick={() => setQuery(query.sort ? { sort: query.sort } : {})}>
            {t.customers.filters.reset}
          </Button>
        )}
      </Flex>
      {selected.length > 0 && <BulkBar ids={selected} onDone={() => setSelected([])} />}
      <CustomerTable
        items={list.items}
        loading={list.isFetching && !list.isFetchingNextPage}
        columns={state.columns}
        sort={sort}
        onSort={(next) => setQuery(withValue(query, 'sort', next === '-createdAt' ? null : next))}
        selected={selected}
        onSelect={setSelected}
        selectable={canWrite}
        hasMore={!!list.hasNextPage}
        onLoadMore={loadMore}
        empty={list.isPending ? <span /> : empty}
      />
      <Flex justify="space-between" style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">
          {list.isSuccess &&
            list.items.length > 0 &&
            t.customers.loaded(list.items.length, list.total, list.totalCapped)}
        </Typography.Text>
        {list.hasNextPage && (
          <Button size="small" onClick={loadMore} loading={list.isFetchingNextPage}>
            {t.common.loadMore}
          </Button>
        )}
      </Flex>
    </div>
  );
}

function noop() {}
