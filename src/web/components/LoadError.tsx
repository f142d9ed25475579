import { ReloadOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { isApiError } from '../api/client';
import { errorText } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';

/** What a section shows when its data could not be loaded: the reason and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const forbidden = isApiError(error) && error.status === 403;
  return (
    <Result
      status={forbidden ? '403' : 'warning'}
      title={forbidden ? t.errors.forbidden : t.errors.loadFailed}
      subTitle={forbidden ? undefined : errorText(error, t)}
      extra={
        onRetry && !forbidden ? (
          <Button icon={<ReloadOutlined />} onClick={onRetry}>
            {t.common.retry}
          </Button>
        ) : undefined
      }
    />
  );
}
