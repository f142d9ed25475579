import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { getMe, getSetupStatus, meKey, setupKey } from '../api/auth';
import { isApiError } from '../api/client';
import { loginPath } from '../auth/next';
import { SessionProvider } from '../auth/session';
import { useLocale } from '../i18n/I18nProvider';
import { LoadError } from './LoadError';
import { FullPageLoading } from './PageLoading';

/** The language saved on the account wins over this device's, once per sign-in and per change of it. */
function useSavedLocale(saved: string | null | undefined, userId: string | undefined): void {
  const [locale, setLocale] = useLocale();
  const applied = useRef<string | null>(null);
  useEffect(() => {
    if (saved !== 'zh-CN' && saved !== 'en-US') return;
    const key = `${userId ?? ''}:${saved}`;
    // Only react to a new saved value, so a local switch is not undone while it is being saved.
    if (applied.current === key) return;
    applied.current = key;
    if (saved !== locale) setLocale(saved);
  }, [saved, userId, locale, setLocale]);
}

/** Pages inside need a signed-in user; others go to set-up (first run) or to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const me = useQuery({ queryKey: meKey, queryFn: getMe, retry: false, staleTime: 60_000 });
  const signedOut = isApiError(me.error) && me.error.status === 401;
  const setup = useQuery({ queryKey: setupKey, queryFn: getSetupStatus, enabled: signedOut, retry: false });
  useSavedLocale(me.data?.user.locale, me.data?.user.id);

  if (me.data) return <SessionProvider me={me.data}>{children}</SessionProvider>;
  if (signedOut) {
    if (setup.isPending) return <FullPageLoading />;
    if (setup.data?.needed) return <Navigate to="/setup" replace />;
    return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  }
  if (me.error) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  return <FullPageLoading />;
}
