import { Flex, Form, InputNumber, Space, theme } from 'antd';
import type { FormRule } from 'antd';
import type { ReactNode } from 'react';
import { ZHealthThresholds, type THealthThresholds } from '../../domain/cadence';
import { localizeIssues } from '../../domain/validation-messages';
import type { TWorkspace } from '../../domain/workspace';
import { useZodRules } from '../forms/zodRule';
import { useLocale, useT } from '../i18n/I18nProvider';
import { HealthPreview } from './HealthPreview';
import { RulesCard } from './RulesCard';
import { useWorkspaceSettingsSave } from './useWorkspaceSettingsSave';

type Values = { health: THealthThresholds };

const toValues = (ws: TWorkspace): Values => ({ health: ws.settings.health });

/** 客户健康度: after how many days without a follow-up a customer is dormant, and after how many at risk. */
export function HealthCard({ workspace }: { workspace: TWorkspace }) {
  const t = useT();
  const h = t.followUpRules.health;
  const [locale] = useLocale();
  const { token } = theme.useToken();
  const rules = useZodRules(ZHealthThresholds);
  const [form] = Form.useForm<Values>();
  const health = Form.useWatch('health', form);
  const { save, markDirty } = useWorkspaceSettingsSave({ form, workspace, toValues, savedText: h.saved });

  // The order of the two (dormant before at risk) is the schema's own check, in the API's words.
  const orderRule: FormRule = ({ getFieldValue }) => ({
    validator: async () => {
      const value = getFieldValue('health') as unknown;
      const result = ZHealthThresholds.safeParse(value);
      if (result.success) return;
      const own = result.error.issues.filter((i) => i.code === 'custom');
      const [first] = localizeIssues(own, value, locale);
      if (first) throw new Error(first.message);
    },
  });

  const days = (
    name: keyof THealthThresholds,
    label: string,
    color: string,
    extra: FormRule[] = [],
  ): ReactNode => (
    <Form.Item
      label={
        <Flex align="center" gap={6}>
          <span style={{ width: 8, height: 8, borderRadius: '50%', background: color }} aria-hidden />
          {label}
        </Flex>
      }
    >
      <Space.Compact>
        <Space.Addon>{h.over}</Space.Addon>
        <Form.Item
          name={['health', name]}
          noStyle
          rules={[...rules(name), ...extra]}
          dependencies={name === 'atRiskAfter' ? [['health', 'dormantAfter']] : undefined}
        >
          <InputNumber<number> precision={0} aria-label={label} style={{ width: 80 }} />
        </Form.Item>
        <Space.Addon>{h.daysUnit}</Space.Addon>
      </Space.Compact>
    </Form.Item>
  );

  return (
    <RulesCard<Values>
      title={h.title}
      explain={h.explain}
      form={form}
      initialValues={toValues(workspace)}
      saving={save.isPending}
      onValuesChange={markDirty}
      onFinish={(values) => save.mutate({ health: values.health })}
      maxWidth={520}
    >
      {days('dormantAfter', h.dormant, token.colorWarning)}
      {days('atRiskAfter', h.atRisk, token.colorError, [orderRule])}
      <div style={{ marginBottom: 24 }}>
        <HealthPreview value={health} />
      </div>
    </RulesCard>
  );
}
