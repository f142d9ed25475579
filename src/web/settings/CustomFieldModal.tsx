import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Modal, Select, Switch, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import {
  CUSTOM_FIELD_TYPES,
  hasOptions,
  ZCustomFieldInput,
  type TCustomField,
} from '../../domain/custom-fields';
import { createCustomField, customFieldsKey, updateCustomField } from '../api/custom-fields';
import { useIsPhone } from '../components/useIsPhone';
import { relocated } from '../forms/serverErrors';
import { useZodRules } from '../forms/zodRule';
import { useT } from '../i18n/I18nProvider';
import {
  formPathOf,
  freeKey,
  slugOf,
  toFieldInput,
  toFieldValues,
  type TCustomFieldValues,
} from './customFieldForm';
import { useSaveErrorHandler } from './useSaveErrorHandler';

const NEW_FIELD: TCustomFieldValues = { zh: '', en: '', key: '', type: 'text', required: false, options: [] };

/** Adds a custom field, or edits one (field given): names, required, options; key and type stay as saved. */
export function CustomFieldModal(props: { field?: TCustomField; takenKeys: string[]; onClose: () => void }) {
  const { takenKeys, onClose } = props;
  const t = useT();
  const c = t.customFields;
  const isPhone = useIsPhone();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<TCustomFieldValues>();
  const rules = useZodRules(ZCustomFieldInput);
  const [field, setField] = useState(props.field);
  // The key follows the English name until the person types a key of their own.
  const [keyTouched, setKeyTouched] = useState(false);
  const type = Form.useWatch('type', form) ?? field?.type ?? 'text';

  const showCurrent = useCallback(
    (current: TCustomField) => {
      setField(current);
      form.setFieldsValue(toFieldValues(current));
      void queryClient.invalidateQueries({ queryKey: customFieldsKey });
    },
    [form, queryClient],
  );
  const handle = useSaveErrorHandler<TCustomField>(form, showCurrent);
  const save = useMutation({
    mutationFn: (values: TCustomFieldValues) => {
      const input = toFieldInput(values);
      if (!hasOptions(values.type)) input.options = [];
      return field
        ? updateCustomField(field.key, { ...input, version: field.version })
        : createCustomField({ ...input, key: values.key, type: values.type });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: customFieldsKey });
      void message.success(field ? c.saved : c.added);
      onClose();
    },
    onError: (error) => handle(relocated(error, formPathOf)),
  });

  function followEnglish(changed: Partial<TCustomFieldValues>) {
    if (field || keyTouched || !('en' in changed || 'zh' in changed)) return;
    form.setFieldValue('key', freeKey(slugOf(form.getFieldValue('en') as string), 'field', takenKeys));
  }

  return (
    <Modal
      open
      title={field ? c.editTitle : c.addTitle}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={isPhone ? undefined : 620}
      destroyOnHidden
    >
      <Form<TCustomFieldValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={field ? toFieldValues(field) : { ...NEW_FIELD, key: freeKey('', 'field', takenKeys) }}
        disabled={save.isPending}
        onValuesChange={followEnglish}
        onFinish={(values) => save.mutate(values)}
      >
        <Flex gap={12} vertical={isPhone}>
          <Form.Item
            name="zh"
            label={c.labelZh}
            style={{ flex: 1 }}
            rules={[{ required: true, whitespace: true, message: t.common.required }]}
          >
            <Input maxLength={40} autoFocus />
          </Form.Item>
          <Form.Item name="en" label={c.labelEn} extra={c.labelEnHelp} style={{ flex: 1 }}>
            <Input maxLength={60} />
          </Form.Item>
        </Flex>
        <Flex gap={12} vertical={isPhone}>
          <Form.Item name="type" label={c.type} style={{ flex: 1 }} extra={field ? c.typeFixed : undefined}>
            <Select
              disabled={!!field}
              options={CUSTOM_FIELD_TYPES.map((value) => ({ value, label: c.types[value] }))}
            />
          </Form.Item>
          <Form.Item
            name="key"
            label={c.key}
            style={{ flex: 1 }}
            rules={rules('key')}
            extra={field ? undefined : c.keyHelp}
          >
            <Input disabled={!!field} maxLength={40} onChange={() => setKeyTouched(true)} />
          </Form.Item>
        </Flex>
        <Form.Item name="required" label={c.required} valuePropName="checked">
          <Switch />
        </Form.Item>
        {hasOptions(type) && <OptionList />}
      </Form>
    </Modal>
  );
}

/** The choices of a select field: new ones can be removed, saved ones only stopped. */
function OptionList() {
  const t = useT();
  const c = t.customFields;
  const form = Form.useFormInstance<TCustomFieldValues>();
  // `saved` and `archived` have no input of their own: only a preserving watch sees them.
  const watched = Form.useWatch<TCustomFieldValues['options']>('options', { form, preserve: true });
  return (
    <Form.List
      name="options"
      rules={[
        {
          validator: async (_, options: unknown[] | undefined) => {
            if (!options?.length) throw new Error(c.optionsRequired);
          },
        },
      ]}
    >
      {(rows, { add, remove }, { errors }) => (
        <section aria-label={c.options}>
          <Typography.Text strong>{c.options}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '4px 0 8px' }}>
            {c.optionsHelp}
          </Typography.Paragraph>
          {rows.map(({ key, name }) => {
            const { saved = false, archived = false } = watched?.[name] ?? {};
            return (
              <Flex key={key} gap={8} align="flex-start">
                <Form.Item
                  name={[name, 'zh']}
                  style={{ flex: 1, marginBottom: 8 }}
                  rules={[{ required: true, whitespace: true, message: t.common.required }]}
                >
                  <Input placeholder={c.optionZh} maxLength={40} aria-label={c.optionZh} />
                </Form.Item>
                <Form.Item name={[name, 'en']} style={{ flex: 1, marginBottom: 8 }}>
                  <Input placeholder={c.optionEn} maxLength={60} aria-label={c.optionEn} />
                </Form.Item>
                {saved ? (
                  <Flex align="center" gap={4} style={{ height: 32 }}>
                    {archived && <Tag style={{ marginInlineEnd: 0 }}>{c.optionStopped}</Tag>}
                    <Button
                      size="small"
                      onClick={() => form.setFieldValue(['options', name, 'archived'], !archived)}
                    >
                      {archived ? c.useOption : c.stopOption}
                    </Button>
                  </Flex>
                ) : (
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={c.removeOption}
                    onClick={() => remove(name)}
                  />
                )}
              </Flex>
            );
          })}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ zh: '', en: '' })} block>
            {c.addOption}
          </Button>
          <Form.ErrorList errors={errors} />
        </section>
      )}
    </Form.List>
  );
}
