import { UndoOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Typography, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useIsPhone } from '../components/useIsPhone';
import { useT } from '../i18n/I18nProvider';
import { SettingsBlock } from './SettingsBlock';

/**
 * One card of the workspace rules (跟进规则, 编号与评分): a title, what it does, its own form saved on its own, 保存 and,
 * where the product has a default, 恢复默认.
 */
export function RulesCard<V>(props: {
  title: string;
  explain: ReactNode;
  form: FormInstance<V>;
  initialValues: V;
  saving: boolean;
  onValuesChange: () => void;
  onFinish: (values: V) => void;
  maxWidth?: number;
  restore?: { text: string; onClick: () => void };
  /** Shown to those who may not change it: the values, no 保存. */
  readOnly?: boolean;
  children: ReactNode;
}) {
  const { title, explain, form, initialValues, saving, onValuesChange, onFinish, restore, children } = props;
  const t = useT();
  const isPhone = useIsPhone();
  return (
    <SettingsBlock title={title}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {explain}
      </Typography.Paragraph>
      <Form<V>
        form={form}
        layout="vertical"
        requiredMark={false}
        style={{ maxWidth: props.maxWidth ?? 520 }}
        initialValues={initialValues as object}
        disabled={saving || props.readOnly}
        onValuesChange={onValuesChange}
        onFinish={onFinish}
      >
        {children}
        {!props.readOnly && (
          <Flex gap={8} vertical={isPhone}>
            <Button type="primary" htmlType="submit" loading={saving} block={isPhone}>
              {t.common.save}
            </Button>
            {restore && (
              <Button icon={<UndoOutlined />} block={isPhone} onClick={restore.onClick}>
                {restore.text}
              </Button>
            )}
          </Flex>
        )}
      </Form>
    </SettingsBlock>
  );
}
