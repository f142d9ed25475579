import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { EXPORT_COLUMNS } from '../../domain/customer-export';
import { customerExportUrl } from '../api/imports';
import { useT } from '../i18n/I18nProvider';

/** The list's columns as export columns: a contact column is its name, mobile and e-mail; a region its parts. */
const AS_EXPORT: Record<string, string[]> = {
  primaryContact: ['contactName', 'mobile', 'email'],
  region: ['province', 'city'],
  lastFollowUpAt: ['lastFollowUpAt', 'nextDueDate'],
};

export function exportColumnsOf(listColumns: readonly string[]): string[] {
  const known = new Set(EXPORT_COLUMNS.map((c) => c.key));
  const keys = ['number', 'name', ...listColumns.flatMap((key) => AS_EXPORT[key] ?? [key])];
  return [...new Set(keys)].filter((key) => known.has(key));
}

/** 导出: the list as it is filtered and sorted, with its columns, as Excel or CSV (streamed by the server). */
export function ExportButton({
  query,
  columns,
}: {
  query: Record<string, string>;
  columns: readonly string[];
}) {
  const t = useT();
  const href = (format: 'csv' | 'xlsx') => customerExportUrl(query, exportColumnsOf(columns), format);
  return (
    <Dropdown
      menu={{
        items: [
          { key: 'xlsx', label: <a href={href('xlsx')}>{t.imports.exportXlsx}</a> },
          { key: 'csv', label: <a href={href('csv')}>{t.imports.exportCsv}</a> },
        ],
      }}
    >
      <Button icon={<DownloadOutlined />}>{t.imports.export}</Button>
    </Dropdown>
  );
}
