import { useT } from '../i18n/I18nProvider';
import { NumberingCard } from './NumberingCard';
import { ScoringCard } from './ScoringCard';
import { WorkspaceRulesSection } from './WorkspaceRulesSection';

/** 设置 → 编号与评分: the customer number pattern and the assessment weights and grades, each card saved on its own. */
export function CustomerRulesSettings() {
  const t = useT();
  return (
    <WorkspaceRulesSection
      intro={t.customerRules.intro}
      cards={(workspace) => (
        <>
          <NumberingCard workspace={workspace} />
          <ScoringCard workspace={workspace} />
        </>
      )}
    />
  );
}
