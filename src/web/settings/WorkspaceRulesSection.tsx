import { Alert, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { TWorkspace } from '../../domain/workspace';
import { LoadError } from '../components/LoadError';
import { SectionLoading } from '../components/PageLoading';
import { useT } from '../i18n/I18nProvider';
import { useWorkspaceQuery } from './useWorkspaceSettingsSave';

/** A settings section of workspace rule cards (跟进规则, 编号与评分): the workspace loaded once, an introduction, the cards. */
export function WorkspaceRulesSection(props: { intro: string; cards: (workspace: TWorkspace) => ReactNode }) {
  const t = useT();
  const workspace = useWorkspaceQuery();
  const data = workspace.data;

  if (workspace.isError && !data)
    return <LoadError error={workspace.error} onRetry={() => void workspace.refetch()} />;
  if (!data) return <SectionLoading />;

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {props.intro}
      </Typography.Paragraph>
      {data.recomputing && (
        <Alert type="info" showIcon title={t.workspace.recomputingBanner} style={{ marginBottom: 16 }} />
      )}
      {props.cards(data)}
    </>
  );
}
