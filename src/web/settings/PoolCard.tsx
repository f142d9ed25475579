import { Flex, Form, InputNumber, Space, Switch, Typography } from 'antd';
import {
  RECLAIM_WARNING_DAYS,
  ZPoolSettings,
  type TPoolSettings,
  type TWorkspace,
} from '../../domain/workspace';
import { useZodRules } from '../forms/zodRule';
import { useT } from '../i18n/I18nProvider';
import { RulesCard } from './RulesCard';
import { useWorkspaceSettingsSave } from './useWorkspaceSettingsSave';

/** What the number boxes offer when a switch is turned on. */
const SUGGESTED = { reclaimDays: 30, claimLimit: 200 };

type Values = {
  reclaimOn: boolean;
  claimOn: boolean;
  pool: { reclaimDays: number | null; claimLimit: number | null };
};

const toValues = (ws: TWorkspace): Values => {
  const { reclaimDays, claimLimit } = ws.settings.pool;
  return {
    reclaimOn: reclaimDays !== null,
    claimOn: claimLimit !== null,
    pool: {
      reclaimDays: reclaimDays ?? SUGGESTED.reclaimDays,
      claimLimit: claimLimit ?? SUGGESTED.claimLimit,
    },
  };
};

const toPool = (v: Values): TPoolSettings => ({
  reclaimDays: v.reclaimOn ? v.pool.reclaimDays : null,
  claimLimit: v.claimOn ? v.pool.claimLimit : null,
});

/** 公海: automatic reclaim after N days without a follow-up, and how many customers one person may hold. */
export function PoolCard({ workspace }: { workspace: TWorkspace }) {
  const t = useT();
  const p = t.followUpRules.pool;
  const rules = useZodRules(ZPoolSettings);
  const [form] = Form.useForm<Values>();
  const reclaimOn = Form.useWatch('reclaimOn', form);
  const claimOn = Form.useWatch('claimOn', form);
  const { save, markDirty } = useWorkspaceSettingsSave({ form, workspace, toValues, savedText: p.saved });

  const toggle = (name: 'reclaimOn' | 'claimOn', label: string, offText: string | null) => (
    <Flex align="center" gap={8}>
      <Form.Item name={name} valuePropName="checked" noStyle>
        <Switch aria-label={label} />
      </Form.Item>
      {offText && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {offText}
        </Typography.Text>
      )}
    </Flex>
  );

  return (
    <RulesCard<Values>
      title={p.title}
      explain={p.explain}
      form={form}
      initialValues={toValues(workspace)}
      saving={save.isPending}
      onValuesChange={markDirty}
      onFinish={(values) => save.mutate({ pool: toPool(values) })}
      maxWidth={520}
    >
      <Form.Item label={p.reclaim} extra={reclaimOn ? p.reclaimHelp(RECLAIM_WARNING_DAYS) : undefined}>
        <Flex vertical gap={12} align="flex-start">
          {toggle('reclaimOn', p.reclaim, reclaimOn ? null : p.reclaimOff)}
          {reclaimOn && (
            <Space.Compact>
              <Form.Item name={['pool', 'reclaimDays']} noStyle rules={rules('reclaimDays')}>
                <InputNumber<number> precision={0} aria-label={p.reclaim} style={{ width: 80 }} />
              </Form.Item>
              <Space.Addon>{p.reclaimUnit}</Space.Addon>
            </Space.Compact>
          )}
        </Flex>
      </Form.Item>
      <Form.Item label={p.claimLimit} extra={claimOn ? p.claimHelp : undefined}>
        <Flex vertical gap={12} align="flex-start">
          {toggle('claimOn', p.claimLimit, claimOn ? null : p.claimOff)}
          {claimOn && (
            <Space.Compact>
              <Space.Addon>{p.claimBefore}</Space.Addon>
              <Form.Item name={['pool', 'claimLimit']} noStyle rules={rules('claimLimit')}>
                <InputNumber<number> precision={0} aria-label={p.claimLimit} style={{ width: 96 }} />
              </Form.Item>
              <Space.Addon>{p.claimUnit}</Space.Addon>
            </Space.Compact>
          )}
        </Flex>
      </Form.Item>
    </RulesCard>
  );
}
