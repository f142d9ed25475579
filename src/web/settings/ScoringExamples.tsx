import { Flex, Typography } from 'antd';
import { gradeOf, scoreOf, type TAssessment, type TScoring } from '../../domain/assessment';
import { ZScoring } from '../../domain/workspace';
import { useT } from '../i18n/I18nProvider';

const uniform = (n: number): TAssessment => ({
  intent: n,
  budgetFit: n,
  feasibility: n,
  longTermValue: n,
  referralPotential: n,
});

/** A few assessments scored and graded with the weights and thresholds on the screen, as the server will. */
export function ScoringExamples({ scoring }: { scoring: Partial<TScoring> | undefined }) {
  const t = useT();
  const s = t.customerRules.scoring;
  const a = t.customers.assessment;
  const parsed = ZScoring.safeParse(scoring);

  // With the default rules these three land on A, B and C; uneven ratings are where the weights show.
  const examples = [
    { key: 'all4', text: s.exampleAll(4), assessment: uniform(4) },
    { key: 'mixed', text: s.exampleMixed(a.intent, 5, 3), assessment: { ...uniform(3), intent: 5 } },
    { key: 'all2', text: s.exampleAll(2), assessment: uniform(2) },
  ];

  return (
    <div className="keyi-score-box" style={{ marginBottom: 16 }} aria-live="polite">
      <Typography.Text strong style={{ display: 'block', marginBottom: 6 }}>
        {s.example}
      </Typography.Text>
      {parsed.success ? (
        <Flex vertical gap={4}>
          {examples.map((e) => {
            const score = scoreOf(e.assessment, parsed.data) ?? 0;
            const grade = gradeOf(score, parsed.data) ?? 'C';
            return (
              <Typography.Text key={e.key} style={{ fontSize: 13 }}>
                {e.text} → {s.result(a.points(score), a.gradeLabel(grade))}
              </Typography.Text>
            );
          })}
        </Flex>
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {s.invalid}
        </Typography.Text>
      )}
    </div>
  );
}
