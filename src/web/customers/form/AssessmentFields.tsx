import { Col, Flex, Form, Rate, Row, Select, Statistic, Typography } from 'antd';
import {
  ASSESSMENT_DIMENSIONS,
  DEFAULT_SCORING,
  GRADES,
  gradeOf,
  scoreOf,
  type TGrade,
} from '../../../domain/assessment';
import { useSession } from '../../auth/session';
import { useIsPhone } from '../../components/useIsPhone';
import { useT } from '../../i18n/I18nProvider';
import { GradeBadge } from '../labels';
import { assessmentOf, type TFormValues } from './formValues';

/** 价值评估: five 1–5 ratings; the score and grade update as the person rates. */
export function AssessmentFields() {
  const t = useT();
  const a = t.customers.assessment;
  const isPhone = useIsPhone();
  const values = Form.useWatch<TFormValues['assessment']>('assessment');
  const manual = Form.useWatch<TGrade | 'auto'>('grade') ?? 'auto';
  // The workspace's own weights and thresholds, so the preview is the score the server will store.
  const scoring = useSession().workspace.settings?.scoring ?? DEFAULT_SCORING;
  const score = scoreOf(assessmentOf(values), scoring);
  const computed = gradeOf(score, scoring);
  const grade = manual === 'auto' ? computed : manual;

  return (
    <Row gutter={24}>
      <Col span={isPhone ? 24 : 14}>
        {ASSESSMENT_DIMENSIONS.map((d) => (
          <Flex key={d} align="center" justify="space-between" className="keyi-rate-row">
            <label htmlFor={`assessment_${d}`}>{a[d]}</label>
            <Form.Item name={['assessment', d]} noStyle>
              <Rate id={`assessment_${d}`} tooltips={a.rateHints} aria-label={a[d]} />
            </Form.Item>
          </Flex>
        ))}
      </Col>
      <Col span={isPhone ? 24 : 10}>
        <div className="keyi-score-box" aria-live="polite">
          <Flex align="center" gap={16}>
            <Statistic
              title={t.customers.fields.score}
              value={score ?? '–'}
              suffix={score == null ? undefined : '/ 100'}
            />
            <GradeBadge grade={grade} manual={manual !== 'auto'} size="large" />
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {score == null ? a.notScored : a.preview}
          </Typography.Text>
          <Form.Item
            name="grade"
            label={a.manualGrade}
            tooltip={a.manualHint}
            style={{ marginTop: 12, marginBottom: 0 }}
          >
            <Select
              options={[
                { value: 'auto', label: computed ? a.gradeAutoWith(computed) : a.gradeAuto },
                ...GRADES.map((g) => ({ value: g, label: a.gradeLabel(g) })),
              ]}
            />
          </Form.Item>
        </div>
      </Col>
    </Row>
  );
}
