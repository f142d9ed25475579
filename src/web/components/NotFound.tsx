import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { usePageTitle } from './usePageTitle';

export function NotFound() {
  const t = useT();
  const navigate = useNavigate();
  usePageTitle(t.errors.notFoundTitle);
  return (
    <Result
      status="404"
      title={t.errors.notFoundTitle}
      subTitle={t.errors.notFoundDescription}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t.errors.backHome}
        </Button>
      }
    />
  );
}
