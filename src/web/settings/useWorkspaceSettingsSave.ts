import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { App } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import type { TWorkspace } from '../../domain/workspace';
import { relocated } from '../forms/serverErrors';
import { getWorkspace, updateWorkspace, workspaceKey } from '../api/workspace';
import { useSession, useUpdateSession } from '../auth/session';
import { useT } from '../i18n/I18nProvider';
import { useSaveErrorHandler } from './useSaveErrorHandler';

/** The parts of the workspace settings that 设置 → 跟进规则, 编号与评分 and 销售流程 save, one card at a time. */
export type TRulesSettings = Partial<
  Pick<TWorkspace['settings'], 'cadence' | 'health' | 'pool' | 'customerNumberPattern' | 'scoring' | 'deals'>
>;

/**
 * The workspace as the settings pages read it: the session's copy until the fresh one arrives; while customers are
 * being recomputed after new rules, read again every 10 s so the page sees the end of it.
 */
export function useWorkspaceQuery() {
  const session = useSession();
  return useQuery({
    queryKey: workspaceKey,
    queryFn: getWorkspace,
    placeholderData: session.workspace,
    refetchInterval: (query) => (query.state.data?.recomputing ? 10_000 : false),
  });
}

/**
 * Says a workspace save went through: a big workspace answers before every customer follows new rules (or a new
 * time zone), and then says so instead.
 */
export function useSavedMessage() {
  const t = useT();
  const { message } = App.useApp();
  return useCallback(
    (ws: TWorkspace, savedText: string) =>
      void (ws.recomputing ? message.info(t.workspace.recomputing) : message.success(savedText)),
    [message, t],
  );
}

const stripSettings = (path: string) => path.replace(/^settings\./, '');

/**
 * Saves one card's part of the workspace settings with the newest version known, so saving one card never undoes
 * another. After a save or a conflict the card shows the workspace as it is now and the query is refreshed.
 */
export function useWorkspaceSettingsSave<V>(options: {
  form: FormInstance<V>;
  workspace: TWorkspace;
  toValues: (ws: TWorkspace) => V;
  savedText: string;
  /** Maps a form-relative error path (cadence.2.tag) to the field that shows it; identity by default. */
  fieldOf?: (path: string) => string;
}) {
  const { form, workspace, toValues, savedText, fieldOf } = options;
  const session = useSession();
  const updateSession = useUpdateSession();
  const queryClient = useQueryClient();
  const saved = useSavedMessage();
  // Edited and not yet saved: the card keeps what the person typed when the workspace changes underneath.
  const dirty = useRef(false);

  const show = useCallback(
    (ws: TWorkspace) => {
      queryClient.setQueryData(workspaceKey, ws);
      updateSession({ workspace: ws });
      dirty.current = false;
      form.resetFields();
      form.setFieldsValue(toValues(ws) as Parameters<typeof form.setFieldsValue>[0]);
    },
    [queryClient, updateSession, form, toValues],
  );
  const handle = useSaveErrorHandler<TWorkspace>(form, show);
  const save = useMutation({
    mutationFn: (settings: TRulesSettings) => {
      const latest = queryClient.getQueryData<TWorkspace>(workspaceKey) ?? session.workspace;
      return updateWorkspace({ version: latest.version, settings });
    },
    onSuccess: (ws) => {
      show(ws);
      void queryClient.invalidateQueries({ queryKey: workspaceKey });
      saved(ws, savedText);
    },
    onError: (error) => handle(relocated(error, (path) => (fieldOf ?? String)(stripSettings(path)))),
  });

  // Another card's save or a refetch: a card with no unsaved edits follows the workspace as it is now.
  useEffect(() => {
    if (!dirty.current) form.setFieldsValue(toValues(workspace) as Parameters<typeof form.setFieldsValue>[0]);
  }, [workspace, form, toValues]);

  /** For the form's onValuesChange, and for changes made by code (恢复默认). */
  const markDirty = useCallback(() => {
    dirty.current = true;
  }, []);

  return { save, markDirty };
}
