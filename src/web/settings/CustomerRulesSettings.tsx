import { Typography } from 'antd';
import { LoadError } from '../components/LoadError';
import { SectionLoading } from '../components/PageLoading';
import { useT } from '../i18n/I18nProvider';
import { NumberingCard } from './NumberingCard';
import { ScoringCard } from './ScoringCard';
import { useWorkspaceQuery } from './useWorkspaceSettingsSave';

/** 设置 → 编号与评分: the customer number pattern and the assessment weights and grades, each card saved on its own. */
export function CustomerRulesSettings() {
  const t = useT();
  const workspace = useWorkspaceQuery();
  const data = workspace.data;

  if (workspace.isError && !data)
    return <LoadError error={workspace.error} onRetry={() => void workspace.refetch()} />;
  if (!data) return <SectionLoading />;

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t.customerRules.intro}
      </Typography.Paragraph>
      <NumberingCard workspace={data} />
      <ScoringCard workspace={data} />
    </>
  );
}
