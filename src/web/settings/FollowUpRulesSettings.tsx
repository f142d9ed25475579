import { useT } from '../i18n/I18nProvider';
import { CadenceCard } from './CadenceCard';
import { HealthCard } from './HealthCard';
import { PoolCard } from './PoolCard';
import { WorkspaceRulesSection } from './WorkspaceRulesSection';

/** 设置 → 跟进规则: cadence, health thresholds and the shared pool, each card saved on its own. */
export function FollowUpRulesSettings() {
  const t = useT();
  return (
    <WorkspaceRulesSection
      intro={t.followUpRules.intro}
      cards={(workspace) => (
        <>
          <CadenceCard workspace={workspace} />
          <HealthCard workspace={workspace} />
          <PoolCard workspace={workspace} />
        </>
      )}
    />
  );
}
