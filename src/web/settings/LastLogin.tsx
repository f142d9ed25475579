import { Tooltip, Typography } from 'antd';
import { useSession } from '../auth/session';
import { formatDateTime, fromNow } from '../i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';

export function LastLogin({ at }: { at: string | null }) {
  const t = useT();
  const [locale] = useLocale();
  const { workspace } = useSession();
  if (!at) return <Typography.Text type="secondary">{t.members.neverLoggedIn}</Typography.Text>;
  return (
    <Tooltip title={formatDateTime(at, locale, workspace.timeZone)}>
      <span>{fromNow(at)}</span>
    </Tooltip>
  );
}
