import { PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Typography } from 'antd';
import { DEFAULT_CADENCE } from '../../domain/cadence';
import type { TWorkspace } from '../../domain/workspace';
import { useIsPhone } from '../components/useIsPhone';
import { useT } from '../i18n/I18nProvider';
import { CadenceRuleList } from './CadenceRuleList';
import {
  cadenceField,
  toCadenceRow,
  toCadenceRule,
  type TCadenceRow,
  type TCadenceValues,
} from './cadenceRows';
import { SettingsBlock } from './SettingsBlock';
import { useWorkspaceSettingsSave } from './useWorkspaceSettingsSave';

/** The API allows at most this many rules. */
const MAX_RULES = 100;
const NEW_RULE: TCadenceRow = { match: 'grade', value: undefined, days: 7 };

const toValues = (ws: TWorkspace): TCadenceValues => ({ cadence: ws.settings.cadence.map(toCadenceRow) });

/** 跟进频率: which customers are followed up how often. Saving recomputes every customer's due date. */
export function CadenceCard({ workspace }: { workspace: TWorkspace }) {
  const t = useT();
  const w = t.followUpRules.cadence;
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const [form] = Form.useForm<TCadenceValues>();
  const { save, markDirty } = useWorkspaceSettingsSave({
    form,
    workspace,
    toValues,
    savedText: w.saved,
    fieldOf: cadenceField,
  });

  function restoreDefaults() {
    form.setFieldsValue({ cadence: DEFAULT_CADENCE.map(toCadenceRow) });
    markDirty();
    void message.info(w.restored);
  }

  return (
    <SettingsBlock title={w.title}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {w.explain}
      </Typography.Paragraph>
      <Form<TCadenceValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={toValues(workspace)}
        disabled={save.isPending}
        onValuesChange={markDirty}
        onFinish={(values) => save.mutate({ cadence: (values.cadence ?? []).map(toCadenceRule) })}
      >
        <Form.List name="cadence">
          {(fields, { add, remove }) => (
            <>
              {isPhone && fields.length === 0 && (
                <Typography.Paragraph type="secondary">{w.empty}</Typography.Paragraph>
              )}
              <CadenceRuleList fields={fields} onRemove={remove} />
              <Flex gap={8}>
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  style={isPhone ? { flex: 1 } : undefined}
                  disabled={fields.length >= MAX_RULES}
                  onClick={() => add(NEW_RULE)}
                >
                  {w.add}
                </Button>
                <Button icon={<UndoOutlined />} onClick={restoreDefaults}>
                  {w.restore}
                </Button>
              </Flex>
            </>
          )}
        </Form.List>
        <Button
          type="primary"
          htmlType="submit"
          loading={save.isPending}
          block={isPhone}
          style={{ marginTop: 16, display: isPhone ? undefined : 'block' }}
        >
          {t.common.save}
        </Button>
      </Form>
    </SettingsBlock>
  );
}
