import { Form, Modal, Select } from 'antd';
import { useState } from 'react';
import type { TBulkAction } from '../api/customers';
import { useDictionaries } from '../api/dictionaries';
import { useT } from '../i18n/I18nProvider';
import { useMemberOptions } from './useMemberOptions';

type ValueAction = Exclude<TBulkAction, 'delete'>;

/** Asks for the one value a bulk action needs: the new owner, the tag, the type, status or stage. */
export function BulkValueModal(props: {
  action: ValueAction;
  count: number;
  onCancel: () => void;
  onSubmit: (value: string) => Promise<void>;
}) {
  const { action, count, onCancel, onSubmit } = props;
  const t = useT();
  const dicts = useDictionaries();
  const members = useMemberOptions();
  const [value, setValue] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const f = t.customers.fields;
  const choices: Record<ValueAction, [string, { value: string; label: string }[]]> = {
    assign: [f.owner, members],
    addTag: [f.tags, dicts.options('tag')],
    removeTag: [f.tags, dicts.options('tag')],
    setType: [f.type, dicts.options('customerType')],
    setStatus: [f.status, dicts.options('customerStatus')],
    setStage: [f.stage, dicts.options('customerStage')],
  };
  const [label, options] = choices[action];

  async function submit() {
    if (!value) return;
    setBusy(true);
    try {
      await onSubmit(value);
    } catch {
      // The bar has already said what went wrong; keep the dialog open to try again.
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t.customers.bulk.title(t.customers.bulk[action], count)}
      okText={t.common.confirm}
      cancelText={t.common.cancel}
      okButtonProps={{ disabled: !value }}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onCancel}
    >
      <Form layout="vertical" style={{ marginTop: 16 }}>
        <Form.Item label={label}>
          <Select
            autoFocus
            showSearch={{ optionFilterProp: 'label' }}
            options={options.map((o) => ({ value: o.value, label: o.label }))}
            value={value}
            onChange={setValue}
            placeholder={t.customers.form.select}
            aria-label={label}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
