import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { TCustomerQuery } from '../api/customers';
import type { TSavedView } from '../api/saved-views';
import { DEFAULT_SORT, readQuery } from './listQuery';
import { useColumns } from './useColumns';

/** The list's filters, sort, columns and active saved view; filters live in the address. */
export function useListState() {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readQuery(params), [params]);
  const viewId = params.get('view');
  const [columns, setColumns] = useColumns();

  const setQuery = useCallback(
    (next: TCustomerQuery) => setParams(new URLSearchParams(next), { replace: true }),
    [setParams],
  );

  const applyView = useCallback(
    (view: TSavedView | null) => {
      if (!view) {
        setParams(new URLSearchParams(), { replace: true });
        return;
      }
      setParams(new URLSearchParams({ ...readQuery(new URLSearchParams(view.query)), view: view.id }));
      if (view.columns.length) setColumns(view.columns);
    },
    [setParams, setColumns],
  );

  const sort = query.sort ?? DEFAULT_SORT;
  return { query, setQuery, viewId, applyView, columns, setColumns, sort };
}
