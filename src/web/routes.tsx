import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoginPage } from './auth/LoginPage';
import { SetupPage } from './auth/SetupPage';
import { AppLayout } from './components/AppLayout';
import { ComingSoon } from './components/ComingSoon';
import { RouteError } from './components/ErrorBoundary';
import { MODULE_PATHS, UPCOMING_MODULES } from './components/nav';
import { NotFound } from './components/NotFound';
import { RequireAuth } from './components/RequireAuth';
import { HomePage } from './home/HomePage';
import { SettingsPage } from './settings/SettingsPage';

const routes: RouteObject[] = [
  { path: '/setup', element: <SetupPage />, errorElement: <RouteError /> },
  { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      ...UPCOMING_MODULES.map((module) => ({
        path: MODULE_PATHS[module].slice(1),
        element: <ComingSoon key={module} module={module} />,
      })),
      { path: 'settings', element: <SettingsPage /> },
      { path: 'settings/:section', element: <SettingsPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
