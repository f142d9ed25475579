import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Flex, Form, Input, Select } from 'antd';
import { COMMITMENT_SIDES } from '../../domain/follow-up';
import { useT } from '../i18n/I18nProvider';

/** 承诺事项: what we or the customer promised, by when, and whether it is done. */
export function CommitmentsField() {
  const t = useT();
  const f = t.followUps.fields;
  return (
    <Form.Item label={f.commitments}>
      <Form.List name="commitments">
        {(items, { add, remove }) => (
          <Flex vertical gap={8}>
            {items.map((item) => (
              <Flex key={item.key} gap={8} wrap align="start">
                <Form.Item name={[item.name, 'side']} noStyle initialValue="ours">
                  <Select
                    aria-label={f.side}
                    style={{ width: 96 }}
                    options={COMMITMENT_SIDES.map((s) => ({ value: s, label: t.followUps.sides[s] }))}
                  />
                </Form.Item>
                <Form.Item name={[item.name, 'text']} noStyle>
                  <Input placeholder={f.commitmentText} style={{ flex: 1, minWidth: 160 }} />
                </Form.Item>
                <Form.Item name={[item.name, 'dueDate']} noStyle>
                  <DatePicker placeholder={f.dueDate} style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name={[item.name, 'done']} noStyle valuePropName="checked">
                  <Checkbox>{f.done}</Checkbox>
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t.common.delete}
                  onClick={() => remove(item.name)}
                />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ side: 'ours' })}>
              {t.followUps.addCommitment}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** 下一步行动: what to do by when; each becomes a task. */
export function NextActionsField() {
  const t = useT();
  const f = t.followUps.fields;
  return (
    <Form.Item label={f.nextActions}>
      <Form.List name="nextActions">
        {(items, { add, remove }) => (
          <Flex vertical gap={8}>
            {items.map((item) => (
              <Flex key={item.key} gap={8} wrap align="start">
                <Form.Item name={[item.name, 'text']} noStyle>
                  <Input placeholder={f.actionText} style={{ flex: 1, minWidth: 160 }} />
                </Form.Item>
                <Form.Item name={[item.name, 'dueDate']} noStyle>
                  <DatePicker placeholder={f.dueDate} style={{ width: 140 }} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t.common.delete}
                  onClick={() => remove(item.name)}
                />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              {t.followUps.addAction}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
