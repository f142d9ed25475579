import { Menu, Select } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { TAnalyticsParams, TReportName } from '../api/analytics';
import { useCan } from '../auth/session';
import { useIsPhone } from '../components/useIsPhone';
import { useT } from '../i18n/I18nProvider';
import { analyticsPath, visibleReports } from './reportList';
import './analytics.css';

type Page = TReportName | 'dashboard';

/**
 * The analytics pages side by side: a short list on the left on desktop, a select above the page on a phone.
 * Switching keeps the period and member, so the same days can be read report after report.
 */
export function AnalyticsShell(props: { current: Page; query: TAnalyticsParams; children: ReactNode }) {
  const { current, query, children } = props;
  const r = useT().analytics.reports;
  const can = useCan();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const pages: { value: Page; label: string }[] = [
    { value: 'dashboard', label: r.dashboard },
    ...visibleReports(can('customers.assign')).map((name) => ({ value: name, label: r.names[name] })),
  ];
  const go = (page: Page) => void navigate(analyticsPath(page, query));

  if (isPhone)
    return (
      <div className="keyi-analytics">
        <Select<Page>
          value={current}
          onChange={go}
          options={pages}
          aria-label={r.nav}
          className="keyi-analytics-switch"
          style={{ width: '100%', marginBottom: 12 }}
        />
        {children}
      </div>
    );
  return (
    <div className="keyi-analytics keyi-analytics-with-menu">
      <nav className="keyi-analytics-menu" aria-label={r.nav}>
        <Menu
          mode="inline"
          selectedKeys={[current]}
          items={pages.map((p) => ({
            key: p.value,
            // A real link, so a report opens in a new tab with the same period too.
            label: <Link to={analyticsPath(p.value, query)}>{p.label}</Link>,
          }))}
        />
      </nav>
      <div className="keyi-analytics-main">{children}</div>
    </div>
  );
}
