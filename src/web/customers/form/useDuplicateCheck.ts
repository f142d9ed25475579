import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Form, type FormInstance } from 'antd';
import type { TDuplicateQuery } from '../../../domain/customer';
import { customersKey, findDuplicates } from '../../api/customers';
import { useDebounced } from '../../components/useDebounced';
import type { TContactValues } from './formValues';

const filled = (values: (string | undefined)[]) =>
  values.map((v) => v?.trim() ?? '').filter((v) => v.length >= 3);

/** Asks the server, shortly after the person stops typing, which customers this one may duplicate. */
export function useDuplicateCheck(form: FormInstance, excludeId?: string) {
  const name = Form.useWatch<string | undefined>('name', form);
  const creditCode = Form.useWatch<string | undefined>('creditCode', form);
  const contacts = Form.useWatch<TContactValues[] | undefined>('contacts', form) ?? [];
  const query: TDuplicateQuery = {
    ...(excludeId && { excludeId }),
    ...(name?.trim() && name.trim().length >= 2 && { name: name.trim() }),
    ...(creditCode?.trim() && { creditCode: creditCode.trim() }),
    phones: filled(contacts.flatMap((c) => [c?.mobile, c?.phone])),
    emails: filled(contacts.map((c) => c?.email)),
    wechats: filled(contacts.map((c) => c?.wechat)),
  };
  const key = useDebounced(JSON.stringify(query), 500);
  const debounced = JSON.parse(key) as TDuplicateQuery;
  const worth =
    !!debounced.name ||
    !!debounced.creditCode ||
    !!debounced.phones?.length ||
    !!debounced.emails?.length ||
    !!debounced.wechats?.length;
  return useQuery({
    queryKey: [...customersKey, 'duplicates', key],
    queryFn: () => findDuplicates(debounced),
    enabled: worth,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    retry: false,
    select: (data) => (worth ? data.items : []),
  });
}
