import { Tag } from 'antd';
import type { TRole } from '../../domain/roles';
import { useT } from '../i18n/I18nProvider';

const COLORS: Record<TRole, string> = {
  owner: 'gold',
  admin: 'blue',
  manager: 'purple',
  sales: 'green',
  service: 'cyan',
};

export function RoleTag({ role }: { role: TRole }) {
  const t = useT();
  return (
    <Tag color={COLORS[role]} variant="filled" style={{ marginInlineEnd: 0 }}>
      {t.roles[role]}
    </Tag>
  );
}
