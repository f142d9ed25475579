import { Alert } from 'antd';
import { useCan } from '../auth/session';
import { useT } from '../i18n/I18nProvider';
import { DealRulesCard } from './DealRulesCard';
import { PipelineStages } from './PipelineStages';
import { WorkspaceRulesSection } from './WorkspaceRulesSection';

/**
 * 设置 → 销售流程: the stages deals move through (saved as one list, with the pipeline's version) and the
 * workspace's deal and payment rules (a rules card, saved with the workspace's version). Everyone may look.
 */
export function PipelineSettings() {
  const t = useT();
  const can = useCan();
  return (
    <WorkspaceRulesSection
      intro={t.deals.settings.intro}
      cards={(workspace) => (
        <>
          {!can('pipelines.manage') && (
            <Alert type="info" showIcon title={t.deals.settings.readOnly} style={{ marginBottom: 16 }} />
          )}
          <PipelineStages />
          <DealRulesCard workspace={workspace} />
        </>
      )}
    />
  );
}
