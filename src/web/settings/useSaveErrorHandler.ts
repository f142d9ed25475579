import type { FormInstance } from 'antd';
import { App } from 'antd';
import { useCallback } from 'react';
import { isApiError } from '../api/client';
import { applyServerErrors, errorText } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';

/**
 * The error path shared by every "save with version" form: a 409 loads the record as it is now
 * (onCurrent) and says so; field errors go next to their fields; anything else becomes a message.
 */
export function useSaveErrorHandler<T>(form: FormInstance, onCurrent: (current: T) => void) {
  const t = useT();
  const { message } = App.useApp();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT' && error.current) {
        onCurrent(error.current as T);
        void message.warning(t.common.conflictReloaded);
        return;
      }
      if (!applyServerErrors(form, error)) void message.error(errorText(error, t));
    },
    [form, onCurrent, message, t],
  );
}
