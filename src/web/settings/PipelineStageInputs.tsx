import { DeleteOutlined } from '@ant-design/icons';
import type { FormListFieldData } from 'antd';
import { Button, Flex, Form, Input, InputNumber, Select, Switch, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { STAGE_KINDS, STAGE_REQUIRABLE_FIELDS, ZStageInput } from '../../domain/pipeline';
import { useZodRules } from '../forms/zodRule';
import { useLocale, useT } from '../i18n/I18nProvider';
import { MoveButtons } from './MoveButtons';
import type { TPipelineValues, TStageRow } from './pipelineStages';

export interface TStageInputs {
  /** What the stage is called now, for headings and button labels. */
  name: string;
  stopped: boolean;
  zh: ReactNode;
  en: ReactNode;
  key: ReactNode;
  probability: ReactNode;
  kind: ReactNode;
  required: ReactNode;
  archived: ReactNode;
  actions: ReactNode;
}

export interface TStageActions {
  editable: boolean;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
  onKeyTyped: (index: number) => void;
}

const fit = { marginBottom: 0 };

/** The inputs of one stage, the same on a desktop table row and a phone card. */
export function useStageInputs(props: TStageActions): (field: FormListFieldData) => TStageInputs {
  const { editable, onMove, onRemove, onKeyTyped } = props;
  const t = useT();
  const s = t.deals.settings;
  const [locale] = useLocale();
  const form = Form.useFormInstance<TPipelineValues>();
  // `saved` has no input of its own: only a preserving watch sees it.
  const rows = Form.useWatch<TStageRow[] | undefined>('stages', { form, preserve: true }) ?? [];
  const rules = useZodRules(ZStageInput);

  return ({ name: index }) => {
    const row = rows[index];
    const stage = s.stageN(index + 1);
    const name = row?.labels[locale].trim() || row?.labels['zh-CN'].trim() || stage;
    const label = (what: string) => `${stage} ${what}`;
    const uniqueKey = {
      validator: async (_: unknown, key: string | undefined) => {
        if (rows.some((r, i) => i !== index && r.key === key?.trim())) throw new Error(s.keyTaken);
      },
    };
    return {
      name,
      stopped: !!row?.archived,
      zh: (
        <Form.Item
          name={[index, 'labels', 'zh-CN']}
          style={fit}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input maxLength={40} placeholder={s.labelZh} aria-label={label(s.labelZh)} />
        </Form.Item>
      ),
      en: (
        <Form.Item name={[index, 'labels', 'en-US']} style={fit}>
          <Input maxLength={60} placeholder={s.labelEn} aria-label={label(s.labelEn)} />
        </Form.Item>
      ),
      // A deal, an import or a script refers to a stage by its key: once saved it stays.
      key: row?.saved ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: row.key }}>
          {s.key} <span style={{ fontFamily: 'var(--keyi-mono)' }}>{row.key}</span>
        </Typography.Text>
      ) : (
        <Form.Item name={[index, 'key']} style={fit} rules={[...rules('key'), uniqueKey]}>
          <Input
            size="small"
            prefix={<Typography.Text type="secondary">{s.key}</Typography.Text>}
            title={s.keyHelp}
            aria-label={label(s.key)}
            spellCheck={false}
            style={{ fontFamily: 'var(--keyi-mono)' }}
            onChange={() => onKeyTyped(index)}
          />
        </Form.Item>
      ),
      probability: (
        <Form.Item name={[index, 'probability']} style={fit} rules={rules('probability')}>
          <InputNumber<number>
            precision={0}
            suffix="%"
            aria-label={label(s.probability)}
            style={{ width: '100%' }}
          />
        </Form.Item>
      ),
      kind: (
        <Form.Item name={[index, 'kind']} style={fit}>
          <Select
            aria-label={label(s.kind)}
            options={STAGE_KINDS.map((k) => ({ value: k, label: t.deals.kinds[k] }))}
          />
        </Form.Item>
      ),
      required: (
        <Form.Item name={[index, 'requiredFields']} style={fit}>
          <Select
            mode="multiple"
            maxTagCount="responsive"
            aria-label={label(s.required)}
            optionLabelProp="short"
            options={STAGE_REQUIRABLE_FIELDS.map((f) => ({
              value: f,
              label: s.requiredFields[f],
              short: s.requiredShort[f],
            }))}
          />
        </Form.Item>
      ),
      archived: (
        <Form.Item name={[index, 'archived']} valuePropName="checked" style={fit}>
          <Switch size="small" aria-label={label(s.archived)} />
        </Form.Item>
      ),
      actions: editable && (
        <Flex gap={2} justify="flex-end">
          <MoveButtons
            name={name}
            first={index === 0}
            last={index === rows.length - 1}
            onMove={(by) => onMove(index, by)}
          />
          <Tooltip title={t.common.delete}>
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={`${t.common.delete} ${name}`}
              onClick={() => onRemove(index)}
            />
          </Tooltip>
        </Flex>
      ),
    };
  };
}
