import { Col, Row, Typography } from 'antd';
import { useSession } from '../auth/session';
import { usePageTitle } from '../components/usePageTitle';
import { TodayAgenda } from '../today/TodayAgenda';
import { formatLongDate, hourIn } from '../i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';
import type { Messages } from '../i18n/zh-CN';
import { GettingStarted } from './GettingStarted';
import { QuickLinks } from './QuickLinks';

function hello(t: Messages, hour: number): string {
  if (hour < 5) return t.home.greetings.evening;
  if (hour < 9) return t.home.greetings.morning;
  if (hour < 12) return t.home.greetings.forenoon;
  if (hour < 18) return t.home.greetings.afternoon;
  return t.home.greetings.evening;
}

export function HomePage() {
  const t = useT();
  const [locale] = useLocale();
  const { user, workspace } = useSession();
  usePageTitle(t.nav.home);
  const now = new Date();
  return (
    <>
      <div className="keyi-welcome">
        <Typography.Title level={3} style={{ margin: 0, color: 'inherit' }}>
          {t.home.greeting(hello(t, hourIn(workspace.timeZone, now)), user.name)}
        </Typography.Title>
        <Typography.Text style={{ color: 'inherit', opacity: 0.85 }}>
          {workspace.name} · {t.home.today(formatLongDate(now, locale, workspace.timeZone))}
        </Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <TodayAgenda />
        </Col>
        <Col xs={24} lg={8}>
          <Row gutter={[16, 16]}>
            <Col span={24}>
              <GettingStarted />
            </Col>
            <Col span={24}>
              <QuickLinks />
            </Col>
          </Row>
        </Col>
      </Row>
    </>
  );
}
