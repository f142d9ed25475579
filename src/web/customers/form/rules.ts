import type { FormRule } from 'antd';
import { useMemo } from 'react';
import { ZContactFields } from '../../../domain/contact';
import { ZCreateCustomerInput, ZNeeds } from '../../../domain/customer';
import { ERROR_MESSAGES } from '../../../domain/error-codes';
import { checkCreditCode, normalizeCreditCode } from '../../../domain/validators/credit-code';
import { isEmail, normalizeEmail } from '../../../domain/validators/email';
import { classifyPhone, normalizePhone } from '../../../domain/validators/phone';
import { useZodRules } from '../../forms/zodRule';
import { useLocale } from '../../i18n/I18nProvider';

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/**
 * The form checks what the API checks, with the same code: zod schemas for required fields and lengths, the
 * domain validators (after the same normalisation) for credit codes, phones and e-mails, and the API's words.
 */
export function useCustomerRules() {
  const [locale] = useLocale();
  const customer = useZodRules(ZCreateCustomerInput);
  const needs = useZodRules(ZNeeds);
  const contact = useZodRules(ZContactFields);
  return useMemo(() => {
    const words = ERROR_MESSAGES[locale];
    const creditCode: FormRule[] = [
      ...customer('creditCode', true),
      {
        validator: async (_r, value: unknown) => {
          if (blank(value)) return;
          if (checkCreditCode(normalizeCreditCode(String(value))) === 'bad_format')
            throw new Error(words.CREDIT_CODE_INVALID);
        },
      },
      {
        // A failed check digit may be legitimate (early pilot regions): a warning, not an error.
        warningOnly: true,
        validator: async (_r, value: unknown) => {
          if (blank(value)) return;
          if (checkCreditCode(normalizeCreditCode(String(value))) === 'bad_check_digit')
            throw new Error(words.CREDIT_CODE_CHECK_DIGIT);
        },
      },
    ];
    const phone: FormRule[] = [
      {
        validator: async (_r, value: unknown) => {
          if (blank(value)) return;
          if (classifyPhone(normalizePhone(String(value))) === 'invalid')
            throw new Error(words.PHONE_INVALID);
        },
      },
    ];
    const email: FormRule[] = [
      {
        validator: async (_r, value: unknown) => {
          if (blank(value)) return;
          if (!isEmail(normalizeEmail(String(value)))) throw new Error(words.EMAIL_INVALID);
        },
      },
    ];
    return { customer, needs, contact, creditCode, phone, email };
  }, [locale, customer, needs, contact]);
}
