import { Alert, App, Flex, Form, InputNumber, Space, Typography } from 'antd';
import type { FormRule } from 'antd';
import type { ReactNode } from 'react';
import { DEFAULT_SCORING, type TGrade, type TScoring } from '../../domain/assessment';
import { localizeIssues } from '../../domain/validation-messages';
import { ZScoring, type TWorkspace } from '../../domain/workspace';
import { GradeBadge } from '../customers/labels';
import { useIsPhone } from '../components/useIsPhone';
import { useZodRules } from '../forms/zodRule';
import { useLocale, useT } from '../i18n/I18nProvider';
import { ScoringRow } from './ScoringRow';
import { ScoringExamples } from './ScoringExamples';
import { ScoringWeights } from './ScoringWeights';
import { RulesCard } from './RulesCard';
import { useWorkspaceSettingsSave } from './useWorkspaceSettingsSave';

type Values = { scoring: TScoring };

const toValues = (ws: TWorkspace): Values => ({ scoring: ws.settings.scoring });

/** 价值评估权重与等级: how much each assessment dimension weighs, and the scores that make A and B. */
export function ScoringCard({ workspace }: { workspace: TWorkspace }) {
  const t = useT();
  const s = t.customerRules.scoring;
  const a = t.customers.assessment;
  const [locale] = useLocale();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const rules = useZodRules(ZScoring);
  const [form] = Form.useForm<Values>();
  const scoring = Form.useWatch('scoring', form) as Partial<TScoring> | undefined;
  const { save, markDirty } = useWorkspaceSettingsSave({ form, workspace, toValues, savedText: s.saved });

  // B below A is the schema's own check, in the API's words.
  const orderRule: FormRule = ({ getFieldValue }) => ({
    validator: async () => {
      const value = getFieldValue('scoring') as unknown;
      const result = ZScoring.safeParse(value);
      if (result.success) return;
      const own = result.error.issues.filter((i) => i.code === 'custom');
      const [first] = localizeIssues(own, value, locale);
      if (first) throw new Error(first.message);
    },
  });

  function restoreDefaults() {
    form.setFieldsValue({ scoring: DEFAULT_SCORING });
    markDirty();
    void form.validateFields().catch(() => undefined);
    void message.info(s.restored);
  }

  const labelWidth = isPhone ? 112 : 140;
  /** A grade's row, lined up with the weights above: the badge and name, then its threshold. */
  const gradeRow = (grade: TGrade, control: ReactNode) => (
    <ScoringRow
      labelWidth={labelWidth}
      htmlFor={`scoring_grade${grade}`}
      label={
        <Flex align="center" gap={6} component="span">
          <span aria-hidden>
            <GradeBadge grade={grade} />
          </span>
          {a.gradeLabel(grade)}
        </Flex>
      }
    >
      {control}
    </ScoringRow>
  );

  const threshold = (grade: 'A' | 'B', extra: FormRule[] = []) => {
    const name = grade === 'A' ? 'gradeA' : 'gradeB';
    return gradeRow(
      grade,
      <Space.Compact>
        <Space.Addon>{s.atLeast}</Space.Addon>
        <Form.Item
          name={['scoring', name]}
          noStyle
          rules={[...rules(name), ...extra]}
          dependencies={name === 'gradeB' ? [['scoring', 'gradeA']] : undefined}
        >
          <InputNumber<number>
            id={`scoring_grade${grade}`}
            precision={0}
            aria-label={a.gradeLabel(grade)}
            style={{ width: 72 }}
          />
        </Form.Item>
        <Space.Addon>{s.pointsUnit}</Space.Addon>
      </Space.Compact>,
    );
  };

  const gradeB = scoring?.gradeB;

  return (
    <RulesCard<Values>
      title={s.title}
      explain={s.explain}
      form={form}
      initialValues={toValues(workspace)}
      saving={save.isPending}
      onValuesChange={markDirty}
      onFinish={(values) => save.mutate({ scoring: values.scoring })}
      maxWidth={560}
      restore={{ text: s.restore, onClick: restoreDefaults }}
    >
      <ScoringWeights weights={scoring?.weights} labelWidth={labelWidth} />
      <Typography.Text strong style={{ display: 'block', margin: '8px 0 12px' }}>
        {s.grades}
      </Typography.Text>
      {threshold('A')}
      {threshold('B', [orderRule])}
      {gradeRow('C', <Typography.Text>{typeof gradeB === 'number' ? s.below(gradeB) : '–'}</Typography.Text>)}
      <ScoringExamples scoring={scoring} />
      <Alert type="warning" showIcon title={s.warning} style={{ marginBottom: 24 }} />
    </RulesCard>
  );
}
