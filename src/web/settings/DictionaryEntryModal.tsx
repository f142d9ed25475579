import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { ZNewEntry, type TDictionary } from '../../domain/dictionaries';
import {
  addDictEntry,
  dictionariesKey,
  updateDictEntry,
  type TDictEntry,
  type TDictEntryInput,
} from '../api/dictionaries';
import { relocated } from '../forms/serverErrors';
import { useZodRules } from '../forms/zodRule';
import { useT } from '../i18n/I18nProvider';
import { TAG_COLORS } from './tagColors';
import { useSaveErrorHandler } from './useSaveErrorHandler';

type Values = { zh: string; en?: string; code?: string; color?: string };

const toValues = (entry?: TDictEntry): Values => ({
  zh: entry?.labels['zh-CN'] ?? '',
  en: entry && entry.labels['en-US'] !== entry.labels['zh-CN'] ? entry.labels['en-US'] : '',
  code: entry?.code ?? '',
  color: entry?.color ?? '',
});

/** The server names fields by the request (labels.zh-CN); the form by its own values. */
const FIELD_OF: Record<string, keyof Values> = { 'labels.zh-CN': 'zh', 'labels.en-US': 'en' };

/** Adds a choice to a dictionary, or renames / recodes / recolours one (entry given). */
export function DictionaryEntryModal(props: {
  dictionary: TDictionary;
  entry?: TDictEntry;
  onClose: () => void;
}) {
  const { dictionary, onClose } = props;
  const t = useT();
  const d = t.dictionaries;
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = useZodRules(ZNewEntry);
  const [entry, setEntry] = useState(props.entry);

  const showCurrent = useCallback(
    (current: TDictEntry) => {
      setEntry(current);
      form.setFieldsValue(toValues(current));
      void queryClient.invalidateQueries({ queryKey: dictionariesKey });
    },
    [form, queryClient],
  );
  const handle = useSaveErrorHandler<TDictEntry>(form, showCurrent);
  const save = useMutation({
    mutationFn: (values: Values) => {
      const zh = values.zh.trim();
      const input: TDictEntryInput = {
        // Most choices are named once in Chinese; English readers then see the same words.
        labels: { 'zh-CN': zh, 'en-US': values.en?.trim() || zh },
        ...(dictionary === 'industry' && { code: values.code?.trim().toUpperCase() || null }),
        ...(dictionary === 'tag' && { color: values.color || null }),
      };
      return entry
        ? updateDictEntry(dictionary, entry.key, { ...input, version: entry.version })
        : addDictEntry(dictionary, input);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: dictionariesKey });
      void message.success(entry ? d.saved : d.added);
      onClose();
    },
    onError: (error) => handle(relocated(error, (path) => FIELD_OF[path] ?? path)),
  });

  return (
    <Modal
      open
      title={entry ? d.editTitle : d.addTitle(d.names[dictionary])}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={toValues(entry)}
        disabled={save.isPending}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="zh"
          label={d.labelZh}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input maxLength={40} autoFocus />
        </Form.Item>
        <Form.Item name="en" label={d.labelEn} extra={d.labelEnHelp}>
          <Input maxLength={60} />
        </Form.Item>
        {dictionary === 'industry' && (
          <Form.Item
            name="code"
            label={d.code}
            extra={d.codeHelp}
            normalize={(v: string) => v.toUpperCase()}
            rules={rules('code', true)}
          >
            <Input maxLength={6} style={{ width: 160 }} />
          </Form.Item>
        )}
        {dictionary === 'tag' && (
          <Form.Item name="color" label={d.color}>
            <Select
              style={{ width: 200 }}
              options={[
                { value: '', label: <Tag>{d.colors.default}</Tag> },
                ...TAG_COLORS.map((color) => ({
                  value: color,
                  label: <Tag color={color}>{d.colors[color]}</Tag>,
                })),
              ]}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
