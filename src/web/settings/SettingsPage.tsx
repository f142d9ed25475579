import { Card, Tabs } from 'antd';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useCan } from '../auth/session';
import { NotFound } from '../components/NotFound';
import { PageHeader } from '../components/PageHeader';
import { useIsPhone } from '../components/useIsPhone';
import { useT } from '../i18n/I18nProvider';
import { PhoneSettingsHome, PhoneSettingsSection } from './PhoneSettings';
import { visibleSections } from './sections';

export function SettingsPage() {
  const t = useT();
  const can = useCan();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const { section: slug } = useParams();
  const sections = visibleSections(can);
  const current = sections.find((s) => s.slug === slug);

  if (slug && !current) return <NotFound />;
  if (isPhone)
    return current ? <PhoneSettingsSection section={current} /> : <PhoneSettingsHome sections={sections} />;
  const first = sections[0];
  if (!current) return first ? <Navigate to={`/settings/${first.slug}`} replace /> : <NotFound />;

  return (
    <>
      <PageHeader
        title={t.settings.title}
        subtitle={t.settings.subtitle}
        documentTitle={`${t.settings.sections[current.key]} · ${t.settings.title}`}
      />
      <Card>
        <Tabs
          tabPlacement="start"
          activeKey={current.slug}
          onChange={(key) => void navigate(`/settings/${key}`)}
          items={sections.map((s) => ({
            key: s.slug,
            label: t.settings.sections[s.key],
            icon: s.icon,
            children: s.slug === current.slug ? <s.Component /> : null,
          }))}
        />
      </Card>
    </>
  );
}
