import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { TCustomField } from '../../domain/custom-fields';
import type { TLocale } from '../../domain/locale';
import type { Messages } from '../i18n/zh-CN';
import type { TEditor } from './card/InlineField';
import { formatYuan } from '../../domain/money';
import { toFen, toYuan } from './money';

type Option = { value: string; label: string };

/** A custom field's value as a person reads it. */
export function customDisplay(
  field: TCustomField,
  value: unknown,
  options: Option[],
  t: Messages,
  locale: TLocale,
): ReactNode {
  if (value === undefined || value === null || value === '') return null;
  const label = (key: unknown) => options.find((o) => o.value === key)?.label ?? String(key);
  switch (field.type) {
    case 'money':
      return typeof value === 'number' ? formatYuan(value, locale) : String(value);
    case 'checkbox':
      return value ? t.customers.history.yes : t.customers.history.no;
    case 'select':
      return label(value);
    case 'multiSelect':
      return Array.isArray(value) && value.length
        ? value.map((v) => <Tag key={String(v)}>{label(v)}</Tag>)
        : null;
    case 'url':
      return (
        <Typography.Link
          href={String(value)}
          target="_blank"
          rel="noreferrer"
          onClick={(e) => e.stopPropagation()}
        >
          {String(value)}
        </Typography.Link>
      );
    default:
      return String(value);
  }
}

/** The in-place editor for a custom field. */
export function customEditor(field: TCustomField, options: Option[], t: Messages): TEditor {
  switch (field.type) {
    case 'longText':
      return { kind: 'textarea', max: 5000 };
    case 'number':
      return { kind: 'number' };
    case 'money':
      return { kind: 'money' };
    case 'date':
      return { kind: 'date' };
    case 'select':
      return { kind: 'select', options };
    case 'multiSelect':
      return { kind: 'multi', options };
    case 'checkbox':
      return { kind: 'select', options: yesNo(t) };
    case 'url':
      return { kind: 'text', max: 500 };
    default:
      return { kind: 'text', max: 200 };
  }
}

export function yesNo(t: Messages): Option[] {
  return [
    { value: 'true', label: t.customers.history.yes },
    { value: 'false', label: t.customers.history.no },
  ];
}

/** API value → what the editor holds (元 for money, 'true'/'false' for a checkbox). */
export function toEditorValue(field: TCustomField, value: unknown): unknown {
  if (value === undefined || value === null) return field.type === 'multiSelect' ? [] : null;
  if (field.type === 'money') return toYuan(value as number);
  if (field.type === 'checkbox') return value ? 'true' : 'false';
  return value;
}

/** Editor value → API value; empty clears the field (null). */
export function fromEditorValue(field: TCustomField, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value) && value.length === 0) return null;
  if (field.type === 'money') return toFen(value as number);
  if (field.type === 'checkbox') return value === 'true';
  return value;
}
