import { Col, Flex, Rate, Row, Select, Skeleton, Statistic, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { ASSESSMENT_DIMENSIONS, GRADES, type TAssessmentDimension } from '../../../domain/assessment';
import type { TCustomer } from '../../../domain/customer';
import { useCan } from '../../auth/session';
import { useIsPhone } from '../../components/useIsPhone';
import { useT } from '../../i18n/I18nProvider';
import { GradeBadge } from '../labels';
import { useCustomerPatch } from './useCustomerPatch';

const RadarChart = lazy(() => import('./RadarChart'));

/** 价值评估: radar, score and grade; each rating saves as soon as it is tapped. */
export function AssessmentSection({ customer, stacked }: { customer: TCustomer; stacked?: boolean }) {
  const t = useT();
  const a = t.customers.assessment;
  const can = useCan();
  const isPhone = useIsPhone();
  const patch = useCustomerPatch(customer);
  const [busy, setBusy] = useState(false);
  const canEdit = can('customers.write');
  const scored = ASSESSMENT_DIMENSIONS.some((d) => customer.assessment[d] != null);

  async function save(change: Parameters<typeof patch>[0]) {
    setBusy(true);
    await patch(change);
    setBusy(false);
  }
  const rate = (d: TAssessmentDimension, value: number) =>
    void save({ assessment: { ...customer.assessment, [d]: value || null } });

  return (
    <Row gutter={16}>
      <Col span={isPhone || stacked ? 24 : 12}>
        <Flex align="center" gap={16} style={{ marginBottom: 8 }}>
          <Statistic
            title={t.customers.fields.score}
            value={customer.score ?? '–'}
            suffix={customer.score == null ? undefined : '/ 100'}
          />
          <GradeBadge grade={customer.grade} manual={customer.gradeIsManual} size="large" />
        </Flex>
        {scored ? (
          <Suspense fallback={<Skeleton.Node active style={{ width: 240, height: 220 }} />}>
            <RadarChart assessment={customer.assessment} height={isPhone ? 220 : 240} />
          </Suspense>
        ) : (
          <Typography.Text type="secondary">{a.notScored}</Typography.Text>
        )}
      </Col>
      <Col span={isPhone || stacked ? 24 : 12}>
        {ASSESSMENT_DIMENSIONS.map((d) => (
          <Flex key={d} align="center" justify="space-between" className="keyi-rate-row">
            <span>{a[d]}</span>
            <Rate
              value={customer.assessment[d] ?? 0}
              disabled={!canEdit || busy}
              tooltips={a.rateHints}
              aria-label={a[d]}
              onChange={(value) => rate(d, value)}
            />
          </Flex>
        ))}
        <Flex align="center" justify="space-between" gap={8} className="keyi-rate-row">
          <span>{a.manualGrade}</span>
          <Select
            size="small"
            style={{ width: 180 }}
            disabled={!canEdit || busy}
            aria-label={a.manualGrade}
            value={customer.gradeIsManual && customer.grade ? customer.grade : 'auto'}
            onChange={(g: string) => void save({ grade: g === 'auto' ? null : (g as 'A') })}
            options={[
              { value: 'auto', label: a.gradeAuto },
              ...GRADES.map((g) => ({ value: g, label: a.gradeLabel(g) })),
            ]}
          />
        </Flex>
      </Col>
    </Row>
  );
}
