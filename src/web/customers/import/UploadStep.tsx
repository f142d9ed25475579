import { InboxOutlined } from '@ant-design/icons';
import { App, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { TImportDraft } from '../../../domain/import/import-batch';
import type { TImportKind } from '../../../domain/import/import-fields';
import { uploadImport } from '../../api/imports';
import { errorText } from '../../forms/serverErrors';
import { useT } from '../../i18n/I18nProvider';

/** Step 1: the file, with upload progress; a refused file says why (too large, an old .xls, not a sheet). */
export function UploadStep({
  kind,
  onUploaded,
}: {
  kind: TImportKind;
  onUploaded: (draft: TImportDraft) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [percent, setPercent] = useState<number | null>(null);
  return (
    <>
      <Upload.Dragger
        accept=".xlsx,.csv,.txt,.md,.markdown"
        showUploadList={false}
        disabled={percent !== null}
        customRequest={({ file }) => {
          setPercent(0);
          uploadImport(file as File, kind, setPercent)
            .then(onUploaded)
            .catch((error: unknown) => void message.error(errorText(error, t)))
            .finally(() => setPercent(null));
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t.imports.upload.drop}</p>
        <p className="ant-upload-hint">{t.imports.upload.hint}</p>
      </Upload.Dragger>
      {percent !== null && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">{t.imports.upload.reading(percent)}</Typography.Text>
          <Progress percent={percent} size="small" />
        </div>
      )}
    </>
  );
}
