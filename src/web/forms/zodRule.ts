import type { FormRule } from 'antd';
import { useCallback } from 'react';
import { z } from 'zod';
import type { TLocale } from '../../domain/locale';
import { localizeIssues } from '../../domain/validation-messages';
import { useLocale } from '../i18n/I18nProvider';

type AnyObjectSchema = z.ZodObject<z.ZodRawShape>;

/** A form field is always asked for, even where the API lets an update leave it out. */
function requiredSchema(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * An antd rule that checks one field with the same zod schema, and the same words, as the API.
 * `optional`: a blank box passes (for fields the schema lets a person leave empty).
 */
export function zodRule<S extends AnyObjectSchema>(
  schema: S,
  field: keyof S['shape'] & string,
  locale: TLocale,
  optional = false,
): FormRule {
  const fieldSchema = schema.shape[field];
  const checked = fieldSchema ? requiredSchema(fieldSchema as z.ZodType) : null;
  return {
    required: !optional,
    validator: async (_rule, value: unknown) => {
      if (!checked) return;
      if (optional && isBlank(value)) return;
      // A blank box is "required", not "at least 1 character".
      const input = isBlank(value) ? undefined : value;
      const result = checked.safeParse(input);
      if (result.success) return;
      const [first] = localizeIssues(result.error.issues, input, locale);
      throw new Error(first?.message ?? '');
    },
  };
}

/**
 * `const rules = useZodRules(ZCreateUserInput); <Form.Item rules={rules('login')}>`;
 * `rules('title', true)` for a field that may stay empty.
 */
export function useZodRules<S extends AnyObjectSchema>(schema: S) {
  const [locale] = useLocale();
  return useCallback(
    (field: keyof S['shape'] & string, optional = false): FormRule[] => [
      zodRule(schema, field, locale, optional),
    ],
    [schema, locale],
  );
}
