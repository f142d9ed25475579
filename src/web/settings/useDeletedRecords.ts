import { useMutation, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import {
  listDeleted,
  purgeDeleted,
  recycleBinKey,
  restoreDeleted,
  type TDeletedRecord,
} from '../api/recycle-bin';
import { errorText } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';

export function useDeletedRecords() {
  const query = useInfiniteQuery({
    queryKey: recycleBinKey,
    queryFn: ({ pageParam }) => listDeleted(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((p) => p.items) ?? [] };
}

/** Restore and purge; a restored record reappears in its own list, so every list is refreshed. */
export function useRecycleBinActions() {
  const t = useT();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const restore = useMutation({
    mutationFn: (record: TDeletedRecord) => restoreDeleted(record),
    onSuccess: (_, record) => {
      void message.success(t.recycleBin.restored(record.title));
      void queryClient.invalidateQueries();
    },
    onError: (error) => void message.error(errorText(error, t)),
  });

  function confirmPurge(record: TDeletedRecord) {
    modal.confirm({
      title: t.recycleBin.purgeTitle(record.title),
      content: t.recycleBin.purgeContent,
      okText: t.recycleBin.purge,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: async () => {
        try {
          await purgeDeleted(record);
          void message.success(t.recycleBin.purged);
          void queryClient.invalidateQueries({ queryKey: recycleBinKey });
        } catch (error) {
          void message.error(errorText(error, t));
        }
      },
    });
  }

  return { restore, confirmPurge };
}
