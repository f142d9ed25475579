import { z } from 'zod';
import { ZDate } from './dates';
import { ZLabels } from './labels';

/** 自定义字段: kinds a workspace can add to customers. Money is integer fen, dates YYYY-MM-DD. */
export const CUSTOM_FIELD_TYPES = [
  'text',
  'longText',
  'number',
  'money',
  'date',
  'select',
  'multiSelect',
  'checkbox',
  'url',
] as const;
export type TCustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** A choice of a select field. A stopped (archived) option stays valid on the customers that hold it, not offered. */
const ZOption = z.strictObject({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{1,40}$/),
  labels: ZLabels,
  archived: z.boolean().optional(),
});

const ZOptions = z
  .array(ZOption)
  .max(100)
  .refine((options) => new Set(options.map((o) => o.key)).size === options.length, {
    params: { key: 'optionKeysUnique' },
  });

export const ZCustomFieldInput = z.strictObject({
  key: z
    .string()
    .trim()
    .refine((k) => /^[a-z][a-z0-9_]{0,39}$/.test(k), { params: { key: 'fieldKey' } }),
  labels: ZLabels,
  type: z.enum(CUSTOM_FIELD_TYPES),
  options: ZOptions.optional(),
  required: z.boolean().default(false),
});
export type TCustomFieldInput = z.infer<typeof ZCustomFieldInput>;

/** Key and type never change (stored values would stop meaning what they meant); saved options are kept. */
export const ZCustomFieldUpdate = z.strictObject({
  labels: ZLabels.optional(),
  options: ZOptions.optional(),
  required: z.boolean().optional(),
  sort: z.number().int().min(0).max(10_000).optional(),
  version: z.number().int().min(1),
});
export type TCustomFieldUpdate = z.infer<typeof ZCustomFieldUpdate>;

/** Fields whose values are picked from options. */
export const hasOptions = (type: TCustomFieldType): boolean => type === 'select' || type === 'multiSelect';

export const ZCustomField = ZCustomFieldInput.extend({
  options: z.array(ZOption),
  sort: z.number().int(),
  version: z.number().int(),
});
export type TCustomField = z.infer<typeof ZCustomField>;

/** The schema one field's value must meet; null clears it. */
export function customValueSchema(field: Pick<TCustomField, 'type' | 'options'>): z.ZodType {
  const keys = field.options.map((o) => o.key) as [string, ...string[]];
  const choice = keys.length ? z.enum(keys) : z.never();
  switch (field.type) {
    case 'text':
      return z.string().trim().max(200);
    case 'longText':
      return z.string().max(5000);
    case 'number':
      return z.number().finite();
    case 'money':
      return z.number().int().min(-1e13).max(1e13);
    case 'date':
      return ZDate;
    case 'select':
      return choice;
    case 'multiSelect':
      return z.array(choice).max(100);
    case 'checkbox':
      return z.boolean();
    case 'url':
      return z.url({ protocol: /^https?$/ }).max(500);
  }
}
