import { CheckOutlined, CloseOutlined, EditOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input, InputNumber, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { CustomerSelect } from '../CustomerSelect';

type Option = { value: string; label: string };
export type TEditor =
  | { kind: 'text'; max: number }
  | { kind: 'textarea'; max: number }
  | { kind: 'date' }
  | { kind: 'money' }
  | { kind: 'number' }
  | { kind: 'select'; options: Option[] }
  | { kind: 'multi'; options: Option[] }
  | { kind: 'keywords' }
  | { kind: 'customer'; current: { id: string; name: string; number: string } | null; excludeId: string };

interface Props {
  label: string;
  display: ReactNode;
  /** The value as the editor holds it: text, 'YYYY-MM-DD', 元, a key, keys, an id. */
  value: unknown;
  editor: TEditor;
  canEdit: boolean;
  onSave: (value: unknown) => Promise<true | string>;
}

/** Click a value to change it in place; Enter or ✓ saves, Esc or ✗ puts it back. */
export function InlineField({ label, display, value, editor, canEdit, onSave }: Props) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<unknown>(value);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const empty = display === null || display === undefined || display === '';
  const shown = empty ? <Typography.Text type="secondary">{t.customers.notFilled}</Typography.Text> : display;

  if (!canEdit) return <>{shown}</>;
  if (!editing)
    return (
      <button
        type="button"
        className="keyi-inline-value"
        aria-label={`${t.common.edit} ${label}`}
        onClick={() => {
          setDraft(value);
          setError(null);
          setEditing(true);
        }}
      >
        <span className="keyi-inline-text">{shown}</span>
        <EditOutlined className="keyi-inline-icon" />
      </button>
    );

  async function save() {
    setSaving(true);
    const result = await onSave(draft);
    setSaving(false);
    if (result === true) setEditing(false);
    else setError(result);
  }
  const cancel = () => setEditing(false);
  const keys = {
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Escape') cancel();
      if (
        e.key === 'Enter' &&
        editor.kind !== 'textarea' &&
        editor.kind !== 'multi' &&
        editor.kind !== 'keywords'
      )
        void save();
    },
  };
  const common = { autoFocus: true, 'aria-label': label, status: error ? ('error' as const) : undefined };
  const str = typeof draft === 'string' ? draft : '';
  let control: ReactNode;
  switch (editor.kind) {
    case 'text':
      control = (
        <Input
          {...common}
          {...keys}
          maxLength={editor.max}
          value={str}
          onChange={(e) => setDraft(e.target.value)}
        />
      );
      break;
    case 'textarea':
      control = (
        <Input.TextArea
          {...common}
          {...keys}
          maxLength={editor.max}
          autoSize={{ minRows: 2, maxRows: 8 }}
          value={str}
          onChange={(e) => setDraft(e.target.value)}
        />
      );
      break;
    case 'date':
      control = (
        <DatePicker
          {...common}
          value={str ? dayjs(str) : null}
          style={{ width: '100%' }}
          onChange={(d) => setDraft(d ? d.format('YYYY-MM-DD') : null)}
        />
      );
      break;
    case 'money':
      control = (
        <InputNumber<number>
          {...common}
          {...keys}
          min={0}
          precision={2}
          style={{ width: '100%' }}
          suffix={t.customers.needs.yuan}
          value={typeof draft === 'number' ? draft : null}
          onChange={setDraft}
        />
      );
      break;
    case 'number':
      control = (
        <InputNumber<number>
          {...common}
          {...keys}
          style={{ width: '100%' }}
          value={typeof draft === 'number' ? draft : null}
          onChange={setDraft}
        />
      );
      break;
    case 'select':
      control = (
        <Select
          {...common}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          defaultOpen
          options={editor.options}
          value={str || undefined}
          onChange={(v: string | undefined) => setDraft(v ?? null)}
          style={{ width: '100%' }}
        />
      );
      break;
    case 'multi':
    case 'keywords':
      control = (
        <Select
          {...common}
          mode={editor.kind === 'multi' ? 'multiple' : 'tags'}
          allowClear
          options={editor.kind === 'multi' ? editor.options : []}
          open={editor.kind === 'keywords' ? false : undefined}
          showSearch={editor.kind === 'multi' ? { optionFilterProp: 'label' } : undefined}
          value={Array.isArray(draft) ? (draft as string[]) : []}
          onChange={setDraft}
          style={{ width: '100%' }}
        />
      );
      break;
    case 'customer':
      control = (
        <CustomerSelect
          autoFocus
          current={editor.current}
          excludeId={editor.excludeId}
          value={str || null}
          onChange={(id) => setDraft(id)}
        />
      );
      break;
  }
  return (
    <div className="keyi-inline-editor">
      <Flex gap={4} align="flex-start">
        <div style={{ flex: 1, minWidth: 0 }}>{control}</div>
        <Button
          type="primary"
          size="middle"
          icon={<CheckOutlined />}
          loading={saving}
          onClick={() => void save()}
          aria-label={t.common.save}
        />
        <Button size="middle" icon={<CloseOutlined />} onClick={cancel} aria-label={t.common.cancel} />
      </Flex>
      {error && (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {error}
        </Typography.Text>
      )}
    </div>
  );
}
