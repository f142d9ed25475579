import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback } from 'react';
import type { TCustomer, TUpdateCustomerInput } from '../../../domain/customer';
import { isApiError } from '../../api/client';
import { customerHistoryKey, customerKey, customersKey, updateCustomer } from '../../api/customers';
import { useT } from '../../i18n/I18nProvider';
import { customerErrorText } from '../errors';

type Patch = Omit<TUpdateCustomerInput, 'version'>;

/**
 * Saves one inline edit with the version the card shows. A 409 loads the customer as it is now and says so;
 * a field error is returned so the editor can show it beside the field. Resolves true when saved.
 */
export function useCustomerPatch(customer: TCustomer) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useCallback(
    async (patch: Patch): Promise<string | true> => {
      try {
        const saved = await updateCustomer(customer.id, { ...patch, version: customer.version });
        queryClient.setQueryData(customerKey(customer.id), saved);
        void queryClient.invalidateQueries({ queryKey: customerHistoryKey(customer.id) });
        void queryClient.invalidateQueries({ queryKey: customersKey });
        return true;
      } catch (error) {
        if (isApiError(error) && error.code === 'VERSION_CONFLICT' && error.current) {
          queryClient.setQueryData(customerKey(customer.id), error.current as TCustomer);
          void message.warning(t.customers.card.conflict);
          return t.customers.card.conflict;
        }
        const fieldError = isApiError(error) ? error.errors[0]?.message : undefined;
        if (!fieldError) void message.error(customerErrorText(error, t));
        return fieldError ?? customerErrorText(error, t);
      }
    },
    [customer.id, customer.version, queryClient, message, t],
  );
}
