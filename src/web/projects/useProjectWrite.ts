import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { isApiError } from '../api/client';
import { getProject, projectChangeKeys, projectKey } from '../api/projects';
import { errorText } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';

/** One project with its milestones and installments; the board's cards share this cache with the detail page. */
export function useProject(id: string, enabled = true) {
  return useQuery({
    queryKey: projectKey(id),
    queryFn: ({ signal }) => getProject(id, signal),
    enabled,
    staleTime: 15_000,
  });
}

/**
 * A write on a project's page: every project list, the page and the receivables are refreshed after it, since a
 * milestone done or a payment moves dates, sums and statuses across all of them. `onError` returns true when it
 * showed the problem itself (next to a field); otherwise the server's sentence is shown, and a conflict reloads.
 */
export function useProjectWrite<V, R>(
  mutationFn: (vars: V) => Promise<R>,
  options: {
    success?: string | ((r: R) => string);
    onSuccess?: (r: R) => void;
    onError?: (e: unknown) => boolean;
  } = {},
) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const refresh = () => projectChangeKeys.forEach((queryKey) => void client.invalidateQueries({ queryKey }));
  return useMutation({
    mutationFn,
    onSuccess: (result) => {
      refresh();
      const { success } = options;
      if (success) void message.success(typeof success === 'function' ? success(result) : success);
      options.onSuccess?.(result);
    },
    onError: (error) => {
      if (options.onError?.(error)) return;
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        refresh();
        void message.warning(t.common.conflictReloaded);
      } else void message.error(errorText(error, t));
    },
  });
}
