import { Form, InputNumber, Switch } from 'antd';
import { ZDealSettings, type TDealSettings, type TWorkspace } from '../../domain/workspace';
import { useCan } from '../auth/session';
import { useZodRules } from '../forms/zodRule';
import { useT } from '../i18n/I18nProvider';
import { RulesCard } from './RulesCard';
import { useWorkspaceSettingsSave } from './useWorkspaceSettingsSave';

type Values = { deals: TDealSettings };

const toValues = (ws: TWorkspace): Values => ({ deals: ws.settings.deals });

/** 成交与收款: whether winning needs approval, when renewals are due, and the payment term after a milestone. */
export function DealRulesCard({ workspace }: { workspace: TWorkspace }) {
  const t = useT();
  const s = t.deals.settings;
  const can = useCan();
  const rules = useZodRules(ZDealSettings);
  const [form] = Form.useForm<Values>();
  const { save, markDirty } = useWorkspaceSettingsSave({
    form,
    workspace,
    toValues,
    savedText: s.dealRulesSaved,
  });

  return (
    <RulesCard<Values>
      title={s.dealRules}
      explain={s.dealRulesExplain}
      form={form}
      initialValues={toValues(workspace)}
      saving={save.isPending}
      onValuesChange={markDirty}
      onFinish={(values) => save.mutate({ deals: values.deals })}
      readOnly={!can('workspace.update')}
    >
      <Form.Item
        name={['deals', 'approval']}
        label={s.approval}
        extra={s.approvalHelp}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      <Form.Item name={['deals', 'renewalDays']} label={s.renewalDays} rules={rules('renewalDays')}>
        <InputNumber<number> precision={0} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item
        name={['deals', 'paymentTermDays']}
        label={s.paymentTermDays}
        extra={s.paymentTermHelp}
        rules={rules('paymentTermDays')}
      >
        <InputNumber<number> precision={0} style={{ width: 120 }} />
      </Form.Item>
    </RulesCard>
  );
}
