import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Divider, Flex, Popover } from 'antd';
import { useCustomFields } from '../api/custom-fields';
import { useT } from '../i18n/I18nProvider';
import { COLUMN_KEYS, columnLabel, DEFAULT_COLUMNS } from './columns';

export function ColumnChooser(props: { value: readonly string[]; onChange: (columns: string[]) => void }) {
  const t = useT();
  const { value, onChange } = props;
  const custom = useCustomFields();
  const content = (
    <div style={{ width: 220, maxHeight: '60vh', overflowY: 'auto' }}>
      <Checkbox checked disabled style={{ marginBottom: 6 }}>
        {t.customers.fields.name}
      </Checkbox>
      <Checkbox.Group value={[...value]} onChange={(next) => onChange(next.map(String))}>
        <Flex vertical gap={6}>
          {COLUMN_KEYS.map((key) => (
            <Checkbox key={key} value={key}>
              {columnLabel(t, key)}
            </Checkbox>
          ))}
          {custom.fields.map((field) => (
            <Checkbox key={field.key} value={`custom.${field.key}`}>
              {custom.label(field)}
            </Checkbox>
          ))}
        </Flex>
      </Checkbox.Group>
      <Divider style={{ margin: '10px 0' }} />
      <Button size="small" type="link" style={{ padding: 0 }} onClick={() => onChange([...DEFAULT_COLUMNS])}>
        {t.customers.list.resetColumns}
      </Button>
    </div>
  );
  return (
    <Popover content={content} trigger="click" placement="bottomRight" title={t.customers.list.columns}>
      <Button icon={<SettingOutlined />}>{t.customers.list.columns}</Button>
    </Popover>
  );
}
