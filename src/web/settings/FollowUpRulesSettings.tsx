import { Typography } from 'antd';
import { LoadError } from '../components/LoadError';
import { SectionLoading } from '../components/PageLoading';
import { useT } from '../i18n/I18nProvider';
import { CadenceCard } from './CadenceCard';
import { HealthCard } from './HealthCard';
import { PoolCard } from './PoolCard';
import { useWorkspaceQuery } from './useWorkspaceSettingsSave';

/** 设置 → 跟进规则: cadence, health thresholds and the shared pool, each card saved on its own. */
export function FollowUpRulesSettings() {
  const t = useT();
  const workspace = useWorkspaceQuery();
  const data = workspace.data;

  if (workspace.isError && !data)
    return <LoadError error={workspace.error} onRetry={() => void workspace.refetch()} />;
  if (!data) return <SectionLoading />;

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t.followUpRules.intro}
      </Typography.Paragraph>
      <CadenceCard workspace={data} />
      <HealthCard workspace={data} />
      <PoolCard workspace={data} />
    </>
  );
}
