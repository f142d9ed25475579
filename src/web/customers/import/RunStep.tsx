import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Popconfirm, Progress, Result } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { TImportBatch } from '../../../domain/import/import-batch';
import { getImport, importsKey, rejectedRows, undoImport } from '../../api/imports';
import { downloadBlob } from '../../analytics/export/download';
import { errorText } from '../../forms/serverErrors';
import { useT } from '../../i18n/I18nProvider';
import { countsText } from './countsText';
import { rejectedCsv } from './rejectedFile';
import type { TImportKind } from '../../../domain/import/import-fields';

/** Where what an import brought in is seen. */
const LISTS: Record<TImportKind, string> = {
  customers: '/customers',
  followUps: '/customers',
  deals: '/deals',
  projects: '/projects',
  milestones: '/projects',
  installments: '/projects',
};

/** Step 4: the import running (its counters are the progress), then what it did, the rows it left out, and undo. */
export function RunStep({
  id,
  headers,
  onAnother,
}: {
  id: string;
  headers: string[];
  onAnother: () => void;
}) {
  const t = useT();
  const r = t.imports.run;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const batch = useQuery({
    queryKey: [...importsKey, id],
    queryFn: () => getImport(id),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 500 : false),
  });
  const undo = useMutation({
    mutationFn: () => undoImport(id),
    onSuccess: (undone) => {
      queryClient.setQueryData([...importsKey, id], undone);
      void queryClient.invalidateQueries({ queryKey: importsKey });
      // An import reaches lists and figures of every kind (a follow-up moves its customer's due date).
      void queryClient.invalidateQueries();
      void message.success(r.undoneToast);
    },
    onError: (error) => void message.error(errorText(error, t)),
  });
  const download = async (b: TImportBatch) => {
    const rows = await rejectedRows(b.id);
    const name = b.fileName.replace(/\.[^.]+$/, '');
    downloadBlob(
      new Blob([rejectedCsv(t, b.kind, rows, headers)], { type: 'text/csv;charset=utf-8' }),
      r.rejectedFileName(name),
    );
  };
  const b = batch.data;
  const finished = b?.status === 'done' || b?.status === 'failed';
  useEffect(() => {
    // What the import wrote is not in lists read before it: read them afresh.
    if (finished) void queryClient.invalidateQueries();
  }, [finished, queryClient]);
  if (!b) return <Progress percent={0} status="active" />;
  if (b.status === 'running') {
    const percent = b.totalRows ? Math.floor((b.doneRows / b.totalRows) * 100) : 0;
    return (
      <Flex vertical gap={8}>
        <span>{r.running(b.doneRows, b.totalRows)}</span>
        <Progress percent={percent} status="active" />
      </Flex>
    );
  }
  const kind = t.imports.kinds[b.kind];
  const counts = countsText(t, b);
  const title = b.status === 'done' ? r.done : b.status === 'undone' ? r.undone : r.failed;
  return (
    <Result
      status={b.status === 'done' ? 'success' : b.status === 'failed' ? 'error' : 'info'}
      title={title}
      subTitle={b.status === 'failed' ? undefined : counts}
      extra={
        <Flex gap={8} wrap justify="center">
          {b.status === 'done' && (
            <Link to={LISTS[b.kind]}>
              <Button type="primary">{kind.list}</Button>
            </Link>
          )}
          {b.rejected + b.skipped > 0 && <Button onClick={() => void download(b)}>{r.rejectedFile}</Button>}
          {b.status === 'done' && (
            <Popconfirm
              title={b.kind === 'customers' ? r.undoConfirm : t.imports.records.undoConfirm}
              onConfirm={() => undo.mutate()}
              okButtonProps={{ danger: true }}
            >
              <Button danger loading={undo.isPending}>
                {r.undo}
              </Button>
            </Popconfirm>
          )}
          <Button onClick={onAnother}>{r.another}</Button>
        </Flex>
      }
    >
      {b.error && <Alert type="error" message={b.error} />}
    </Result>
  );
}
