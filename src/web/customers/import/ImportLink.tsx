import { UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link } from 'react-router';
import type { TImportKind } from '../../../domain/import/import-fields';
import { useT } from '../../i18n/I18nProvider';

/** Where each kind of import opens: customers under the customer list, the rest on their own. */
export const importPath = (kind: TImportKind) =>
  kind === 'customers' ? '/customers/import' : `/import/${kind}`;

/** 导入: the button a list shows to bring its records in from a sheet. */
export function ImportLink({ kind }: { kind: TImportKind }) {
  const t = useT();
  return (
    <Link to={importPath(kind)}>
      <Button icon={<UploadOutlined />}>{t.imports.open}</Button>
    </Link>
  );
}
