import { useEffect } from 'react';
import { useT } from '../i18n/I18nProvider';

export function usePageTitle(title: string | undefined): void {
  const t = useT();
  useEffect(() => {
    document.title = title ? `${title} · ${t.app.fullName}` : t.app.fullName;
  }, [title, t]);
}
