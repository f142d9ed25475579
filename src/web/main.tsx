import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiError, setUnauthenticatedHandler } from './api/client';
import { AppRoot } from './AppRoot';
import { loginPath } from './auth/next';
import { I18nProvider } from './i18n/I18nProvider';
import { router } from './routes';
import './styles.css';
import './customers/customers.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change on retry; network blips and 5xx get two more tries.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
});

// The session ended mid-use: drop everything cached and go to the login page, coming back here afterwards.
setUnauthenticatedHandler(() => {
  const { pathname, search } = router.state.location;
  if (pathname === '/login' || pathname === '/setup') return;
  queryClient.clear();
  void router.navigate(loginPath(pathname + search), { replace: true });
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <AppRoot />
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
