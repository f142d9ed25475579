import { Table, type TableColumnsType } from 'antd';
import { useIsPhone } from '../components/useIsPhone';
import { useLocale, useT } from '../i18n/I18nProvider';
import { columnTitle, formatCell, type ReportTable, type TableRow } from './reportTable';

/**
 * The table behind a chart. Wider than a phone, it scrolls sideways with the first column (month, channel, stage)
 * held in place so each row stays readable.
 */
export function ReportTableView({ table }: { table: ReportTable }) {
  const [locale] = useLocale();
  // A long ranking pages (shorter on a phone); the exports still hold every row.
  const page = useIsPhone() ? 20 : 50;
  const yuanUnit = useT().analytics.reports.yuanUnit;
  // Held in place: up to the first text column, the row's name (a leaderboard's rank and member together).
  const named = table.columns.findIndex((c) => c.kind === 'text');
  const columns: TableColumnsType<TableRow> = table.columns.map((column, i) => ({
    key: column.key,
    title: columnTitle(column, yuanUnit),
    align: column.kind === 'text' ? 'left' : 'right',
    fixed: i <= named ? 'left' : undefined,
    render: (_: unknown, row: TableRow) => formatCell(column.kind, row.cells[i] ?? null, locale),
    onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
    onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
  }));
  return (
    <Table<TableRow>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={table.rows}
      pagination={table.rows.length > page ? { pageSize: page, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      rowClassName={(row) => (row.total ? 'keyi-report-total' : '')}
    />
  );
}
