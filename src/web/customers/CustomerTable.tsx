import { Table, type TableProps } from 'antd';
import { useLayoutEffect, useMemo, useRef, useState, type RefObject, type UIEvent } from 'react';
import { useNavigate } from 'react-router';
import type { TCustomer } from '../../domain/customer';
import { useCustomFields } from '../api/custom-fields';
import { useSession } from '../auth/session';
import { useLocale, useT } from '../i18n/I18nProvider';
import { customerColumns, sortFromColumn } from './columns';
import { DEFAULT_SORT } from './listQuery';

interface Props {
  items: TCustomer[];
  loading: boolean;
  columns: readonly string[];
  sort: string;
  onSort: (sort: string) => void;
  selected: string[];
  onSelect: (ids: string[]) => void;
  /** Row checkboxes for bulk actions, for those who may change customers. */
  selectable: boolean;
  hasMore: boolean;
  onLoadMore: () => void;
  empty: React.ReactNode;
}

/**
 * The body height that fills the window below the table's top (header row and the footer line subtracted), so
 * the page itself does not scroll; the virtual list renders only the rows in view, however many are loaded.
 */
function useTableHeight(ref: RefObject<HTMLDivElement | null>): number {
  const [height, setHeight] = useState(480);
  useLayoutEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 300;
      setHeight(Math.max(320, Math.floor(window.innerHeight - top - 55 - 56)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref]);
  return height;
}

/** The desktop list: a virtualised table that loads the next keyset page near its bottom. */
export function CustomerTable(props: Props) {
  const {
    items,
    loading,
    columns,
    sort,
    onSort,
    selected,
    onSelect,
    selectable,
    hasMore,
    onLoadMore,
    empty,
  } = props;
  const t = useT();
  const [locale] = useLocale();
  const { workspace } = useSession();
  const navigate = useNavigate();
  const wrapper = useRef<HTMLDivElement>(null);
  const height = useTableHeight(wrapper);
  const custom = useCustomFields();
  const cols = useMemo(
    () => customerColumns(t, locale, columns, sort, workspace.timeZone, custom),
    [t, locale, columns, sort, workspace.timeZone, custom],
  );
  const width = cols.reduce((sum, col) => sum + col.width, 48);

  const onChange: TableProps<TCustomer>['onChange'] = (_p, _f, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    onSort(sortFromColumn(String(one?.columnKey ?? ''), one?.order) ?? DEFAULT_SORT);
  };

  function onScroll(event: UIEvent<HTMLDivElement>) {
    const el = event.currentTarget;
    if (hasMore && !loading && el.scrollTop + el.clientHeight > el.scrollHeight - 240) onLoadMore();
  }

  return (
    <div ref={wrapper}>
      <Table<TCustomer>
        className="keyi-customer-table"
        virtual
        size="middle"
        rowKey="id"
        columns={cols}
        dataSource={items}
        loading={loading}
        pagination={false}
        scroll={{ x: width, y: height }}
        onChange={onChange}
        onScroll={onScroll}
        showSorterTooltip={false}
        locale={{ emptyText: empty }}
        rowSelection={
          selectable
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => onSelect(keys.map(String)),
                columnWidth: 48,
                fixed: true,
              }
            : undefined
        }
        onRow={(record) => ({
          onDoubleClick: () => navigate(`/customers/${record.id}`),
        })}
      />
    </div>
  );
}
