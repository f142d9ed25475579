import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { TCustomer, TDuplicateCandidate } from '../../../domain/customer';
import { isApiError } from '../../api/client';
import { useCustomFields } from '../../api/custom-fields';
import { createCustomer, customerKey, customersKey, updateCustomer } from '../../api/customers';
import { namePath } from '../../forms/serverErrors';
import { useT } from '../../i18n/I18nProvider';
import { customerErrorText } from '../errors';
import { fromCustomer, toCreateInput, toUpdateInput, type TFormValues } from './formValues';

type Warning = 'creditCodeCheckDigit' | 'duplicates';
const WARNING_CODES: Record<string, Warning> = { CREDIT_CODE_CHECK_DIGIT: 'creditCodeCheckDigit' };

/**
 * Saves a new or edited customer. Warnings the person may override (a failed credit-code check digit, possible
 * duplicates) come back from the server; they are shown, and "save anyway" resends with `confirm`.
 */
export function useSaveCustomer(form: FormInstance<TFormValues>, initial?: TCustomer) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { fields } = useCustomFields();
  const [original, setOriginal] = useState(initial);
  const [confirmed, setConfirmed] = useState<Warning[]>([]);
  const [pending, setPending] = useState<{ creditCode: boolean; candidates: TDuplicateCandidate[] | null }>({
    creditCode: false,
    candidates: null,
  });

  const save = useMutation({
    mutationFn: ({ values, confirm }: { values: TFormValues; confirm: Warning[] }) => {
      const extra = confirm.length ? { confirm } : {};
      if (original)
        return updateCustomer(original.id, { ...toUpdateInput(values, original, fields), ...extra });
      return createCustomer({ ...toCreateInput(values, fields), ...extra });
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(customerKey(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: customersKey });
      void queryClient.invalidateQueries({ queryKey: ['customer', saved.id, 'history'] });
      void message.success(original ? t.customers.form.saved : t.customers.form.created(saved.name));
      navigate(`/customers/${saved.id}`, { replace: !!original });
    },
    onError: (error) => {
      if (!isApiError(error)) return void message.error(customerErrorText(error, t));
      if (error.code === 'DUPLICATE_CANDIDATES') {
        const candidates = (error.body.candidates ?? []) as TDuplicateCandidate[];
        return setPending((p) => ({ ...p, candidates }));
      }
      if (error.code === 'VERSION_CONFLICT' && error.current) {
        const current = error.current as TCustomer;
        setOriginal(current);
        form.setFieldsValue(fromCustomer(current, fields));
        return void message.warning(t.common.conflictReloaded);
      }
      const known = new Set(Object.keys(form.getFieldsValue()));
      const errors = error.errors.length
        ? error.errors
        : error.code === 'CUSTOMER_CREDIT_CODE_TAKEN'
          ? [{ path: 'creditCode', code: error.code, message: error.title }]
          : [];
      const placed = errors.filter((e) => known.has(e.path.split('.')[0] ?? ''));
      (form as FormInstance).setFields(
        placed.map((e) =>
          WARNING_CODES[e.code]
            ? { name: namePath(e.path), warnings: [e.message], errors: [] }
            : { name: namePath(e.path), errors: [e.message] },
        ),
      );
      const onlyWarnings = errors.length > 0 && errors.every((e) => WARNING_CODES[e.code]);
      if (onlyWarnings) setPending((p) => ({ ...p, creditCode: true }));
      else if (placed.length > 0) void message.error(t.customers.form.fixErrors);
      else void message.error(customerErrorText(error, t));
      const first = placed.find((e) => !WARNING_CODES[e.code]);
      if (first) form.scrollToField(namePath(first.path), { block: 'center' });
    },
  });

  function submit(values: TFormValues, extra: Warning[] = []) {
    const confirm = [...new Set([...confirmed, ...extra])];
    setConfirmed(confirm);
    setPending({ creditCode: false, candidates: null });
    save.mutate({ values, confirm });
  }

  /** Resends with one more warning confirmed (after the person has read it). */
  function saveAnyway(warning: Warning) {
    void form
      .validateFields()
      .then((values) => submit(values, [warning]))
      .catch(() => undefined);
  }

  return { submit, saveAnyway, pending, saving: save.isPending, original };
}
