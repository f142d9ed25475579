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

/** An antd rule that checks one field with the same zod schema, and the same words, as the API. */
export function zodRule<S extends AnyObjectSchema>(
  schema: S,
  field: keyof S['shape'] & string,
  locale: TLocale,
): FormRule {
  const fieldSchema = schema.shape[field];
  const checked = fieldSchema ? requiredSchema(fieldSchema as z.ZodType) : null;
  return {
    required: true,
    validator: async (_rule, value: unknown) => {
      if (!checked) return;
      // A blank box is "required", not "at least 1 character".
      const input = isBlank(value) ? undefined : value;
      const result = checked.safeParse(input);
      if (result.success) return;
      const [first] = localizeIssues(result.error.issues, input, locale);
      throw new Error(first?.message ?? '');
    },
  };
}

/** `const rules = useZodRules(ZCreateUserInput); <Form.Item rules={rules('login')}>` */
export function useZodRules<S extends AnyObjectSchema>(schema: S) {
  const [locale] = useLocale();
  return useCallback(
    (field: keyof S['shape'] & string): FormRule[] => [zodRule(schema, field, locale)],
    [schema, locale],
  );
}
