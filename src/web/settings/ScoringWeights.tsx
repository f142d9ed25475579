import { Flex, Form, InputNumber, Progress, Typography } from 'antd';
import { ASSESSMENT_DIMENSIONS } from '../../domain/assessment';
import { ZScoring } from '../../domain/workspace';
import { useZodRules } from '../forms/zodRule';
import { useT } from '../i18n/I18nProvider';
import { ScoringRow } from './ScoringRow';
import { weightShares, type TWeightsDraft } from './scoringShares';

/** One row per assessment dimension: its weight, and the share of the score that weight gives it. */
export function ScoringWeights(props: { weights: TWeightsDraft | undefined; labelWidth: number }) {
  const { weights, labelWidth } = props;
  const t = useT();
  const s = t.customerRules.scoring;
  const a = t.customers.assessment;
  const rules = useZodRules(ZScoring.shape.weights);
  const shares = weightShares(weights);

  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Text strong style={{ display: 'block' }}>
        {s.weights}
      </Typography.Text>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '4px 0 12px' }}>
        {s.weightsHelp}
      </Typography.Paragraph>
      {ASSESSMENT_DIMENSIONS.map((d) => (
        <ScoringRow key={d} label={a[d]} htmlFor={`scoring_weights_${d}`} labelWidth={labelWidth}>
          <Flex align="center" gap={12}>
            <Form.Item name={['scoring', 'weights', d]} noStyle rules={rules(d)}>
              <InputNumber<number>
                id={`scoring_weights_${d}`}
                precision={0}
                aria-label={a[d]}
                style={{ width: 72, flex: 'none' }}
              />
            </Form.Item>
            <Progress
              percent={shares?.[d] ?? 0}
              format={(p) => (shares ? `${p}%` : '–')}
              size="small"
              aria-label={`${a[d]} ${s.share}`}
              style={{ flex: 1, minWidth: 80, margin: 0 }}
            />
          </Flex>
        </ScoringRow>
      ))}
      {!shares && (
        <Typography.Text type="warning" style={{ fontSize: 13 }}>
          {s.allZero}
        </Typography.Text>
      )}
    </div>
  );
}
