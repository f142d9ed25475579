import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { TLocale } from '../../domain/locale';
import type { TUser } from '../../domain/user';
import { meKey, updateMe, type TMe } from '../api/auth';
import { isApiError } from '../api/client';
import { useLocale } from '../i18n/I18nProvider';

/** Switches the language at once and, when someone is signed in, saves it to their account. */
export function useChangeLocale(): (locale: TLocale) => void {
  const [, setLocale] = useLocale();
  const queryClient = useQueryClient();
  const { mutate: save } = useMutation({
    mutationFn: async (locale: TLocale) => {
      const me = queryClient.getQueryData<TMe>(meKey);
      if (!me || me.user.locale === locale) return null;
      try {
        return await updateMe({ locale, version: me.user.version });
      } catch (error) {
        // Someone saved the profile meanwhile (another tab): the language choice still stands.
        const current =
          isApiError(error) && error.code === 'VERSION_CONFLICT' ? (error.current as TUser) : null;
        if (current?.version) return updateMe({ locale, version: current.version });
        throw error;
      }
    },
    onSuccess: (user) => {
      if (user) queryClient.setQueryData<TMe>(meKey, (old) => (old ? { ...old, user } : old));
    },
  });
  return useCallback(
    (locale: TLocale) => {
      setLocale(locale);
      save(locale);
    },
    [setLocale, save],
  );
}
