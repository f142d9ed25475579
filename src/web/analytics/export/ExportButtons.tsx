import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import type { ReportTable } from '../reportTable';
import { downloadBlob } from './download';
import { buildWorkbook, exportFileName, toCsv, type ExcelJSModule, type ExportMeta } from './exportTable';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 导出 Excel / 导出 CSV: the table on screen, as it is. */
export function ExportButtons(props: {
  table: ReportTable;
  meta: ExportMeta;
  /** The days in the file name: the period, or the day "as of". */
  days: string[];
  member: string | null;
}) {
  const { table, meta, days, member } = props;
  const t = useT().analytics.reports.export;
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const empty = table.rows.length === 0;

  const excel = async () => {
    setBusy(true);
    try {
      // exceljs is large: its own chunk, loaded on the first export.
      const mod: ExcelJSModule & { default?: ExcelJSModule } = await import('exceljs');
      const ExcelJS = mod.default ?? mod;
      const buffer = await buildWorkbook(ExcelJS, table, meta).xlsx.writeBuffer();
      downloadBlob(new Blob([buffer], { type: XLSX }), exportFileName(meta.name, days, member, 'xlsx'));
    } catch {
      void message.error(t.failed);
    } finally {
      setBusy(false);
    }
  };
  const csv = () =>
    downloadBlob(
      new Blob([toCsv(table, meta)], { type: 'text/csv;charset=utf-8' }),
      exportFileName(meta.name, days, member, 'csv'),
    );

  return (
    <Flex gap={8} justify="flex-end" wrap>
      <Button icon={<FileExcelOutlined />} loading={busy} disabled={empty} onClick={() => void excel()}>
        {t.excel}
      </Button>
      <Button icon={<DownloadOutlined />} disabled={empty} onClick={csv}>
        {t.csv}
      </Button>
    </Flex>
  );
}
