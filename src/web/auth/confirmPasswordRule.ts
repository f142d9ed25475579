import type { FormRule } from 'antd';
import type { Messages } from '../i18n/zh-CN';

/** "Confirm password" must repeat the field named `other`; checked in the browser only. */
export function confirmPasswordRule(other: string, t: Messages): FormRule {
  return ({ getFieldValue }) => ({
    required: true,
    validator: async (_rule, value: unknown) => {
      if (value === undefined || value === '') throw new Error(t.common.required);
      if (value !== getFieldValue(other)) throw new Error(t.common.passwordMismatch);
    },
  });
}
