import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Table, Tag } from 'antd';
import type { TImportBatch } from '../../../domain/import/import-batch';
import type { TImportKind } from '../../../domain/import/import-fields';
import { importsKey, listImports } from '../../api/imports';
import { countsText } from './countsText';
import { LoadError } from '../../components/LoadError';
import { useIsPhone } from '../../components/useIsPhone';
import { formatDateTime } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';

const STATUS_COLORS: Record<TImportBatch['status'], string> = {
  uploaded: 'default',
  running: 'processing',
  done: 'success',
  failed: 'error',
  undone: 'warning',
  expired: 'default',
};

/** 导入记录: every import with its result; one opens its result (and undo) in the wizard. */
export function ImportHistory({
  kind,
  onOpen,
}: {
  kind: TImportKind;
  onOpen: (batch: TImportBatch) => void;
}) {
  const t = useT();
  const [locale] = useLocale();
  const h = t.imports.history;
  const isPhone = useIsPhone();
  const history = useQuery({ queryKey: [...importsKey, 'list', kind], queryFn: () => listImports(kind) });
  if (history.isError) return <LoadError error={history.error} onRetry={() => void history.refetch()} />;
  return (
    <Card size="small" title={h.title}>
      <Table
        size="small"
        loading={history.isPending}
        rowKey="id"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={history.data ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={h.empty} /> }}
        scroll={{ x: true }}
        columns={[
          {
            key: 'file',
            title: h.file,
            render: (_, b) =>
              b.status === 'uploaded' || b.status === 'expired' ? (
                b.fileName
              ) : (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(b)}>
                  {b.fileName}
                </Button>
              ),
          },
          ...(isPhone
            ? []
            : [
                { key: 'by', title: h.by, render: (_: unknown, b: TImportBatch) => b.createdBy?.name ?? '' },
                {
                  key: 'at',
                  title: h.at,
                  render: (_: unknown, b: TImportBatch) => formatDateTime(b.createdAt, locale),
                },
              ]),
          {
            key: 'status',
            title: h.result,
            render: (_, b) => (
              <>
                <Tag color={STATUS_COLORS[b.status]}>{h.status[b.status]}</Tag>
                {b.status !== 'uploaded' && b.status !== 'expired' && countsText(t, b)}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
