import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoginPage } from './auth/LoginPage';
import { SetupPage } from './auth/SetupPage';
import { AppLayout } from './components/AppLayout';
import { ComingSoon } from './components/ComingSoon';
import { RouteError } from './components/ErrorBoundary';
import { MODULE_PATHS, UPCOMING_MODULES } from './components/nav';
import { NotFound } from './components/NotFound';
import { FullPageLoading } from './components/PageLoading';
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
    // Shown while a lazily loaded page (the customer pages) arrives on the very first load.
    hydrateFallbackElement: <FullPageLoading />,
    children: [
      { index: true, element: <HomePage /> },
      // The customer pages load on first visit, so the shell (login, home) stays light.
      {
        path: 'customers',
        lazy: () => import('./customers/CustomersPage').then((m) => ({ Component: m.CustomersPage })),
      },
      {
        path: 'customers/new',
        lazy: () =>
          import('./customers/form/CustomerFormPages').then((m) => ({ Component: m.CustomerNewPage })),
      },
      {
        path: 'customers/import',
        lazy: () => import('./customers/import/ImportPage').then((m) => ({ Component: m.ImportPage })),
      },
      {
        path: 'import/:kind',
        lazy: () => import('./customers/import/ImportPage').then((m) => ({ Component: m.ImportPage })),
      },
      {
        path: 'customers/:id',
        lazy: () =>
          import('./customers/card/CustomerCardPage').then((m) => ({ Component: m.CustomerCardPage })),
      },
      {
        path: 'customers/:id/briefing',
        lazy: () => import('./briefings/BriefingPage').then((m) => ({ Component: m.BriefingPage })),
      },
      {
        path: 'customers/:id/edit',
        lazy: () =>
          import('./customers/form/CustomerFormPages').then((m) => ({ Component: m.CustomerEditPage })),
      },
      {
        path: 'tasks',
        lazy: () => import('./tasks/TasksPage').then((m) => ({ Component: m.TasksPage })),
      },
      {
        path: 'calendar',
        lazy: () => import('./calendar/CalendarPage').then((m) => ({ Component: m.CalendarPage })),
      },
      {
        path: 'review',
        lazy: () => import('./review/WeeklyReviewPage').then((m) => ({ Component: m.WeeklyReviewPage })),
      },
      {
        path: 'deals',
        lazy: () => import('./deals/DealsPage').then((m) => ({ Component: m.DealsPage })),
      },
      {
        path: 'deals/:id',
        lazy: () => import('./deals/DealDetailPage').then((m) => ({ Component: m.DealDetailPage })),
      },
      {
        path: 'projects',
        lazy: () => import('./projects/ProjectsPage').then((m) => ({ Component: m.ProjectsPage })),
      },
      {
        path: 'projects/:id',
        lazy: () => import('./projects/ProjectDetailPage').then((m) => ({ Component: m.ProjectDetailPage })),
      },
      {
        path: 'analytics',
        lazy: () => import('./analytics/AnalyticsPage').then((m) => ({ Component: m.AnalyticsPage })),
      },
      {
        path: 'analytics/:report',
        lazy: () => import('./analytics/ReportPage').then((m) => ({ Component: m.ReportPage })),
      },
      {
        path: 'pool',
        lazy: () => import('./pool/PoolPage').then((m) => ({ Component: m.PoolPage })),
      },
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
