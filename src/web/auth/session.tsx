import type { Action } from '../../domain/permissions';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { TUser } from '../../domain/user';
import type { TWorkspace } from '../../domain/workspace';
import { meKey, type TMe } from '../api/auth';

const SessionContext = createContext<TMe | null>(null);

export function SessionProvider({ me, children }: { me: TMe; children: ReactNode }) {
  return <SessionContext.Provider value={me}>{children}</SessionContext.Provider>;
}

/** The signed-in user, workspace and permissions; only inside RequireAuth. */
export function useSession(): TMe {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession must be used inside <RequireAuth>');
  return me;
}

/** Whether the server granted a permission; the server still checks every call, this only shapes the UI. */
export function useCan(): (permission: TPermission) => boolean {
  const { permissions } = useSession();
  return useCallback((permission) => permissions.includes(permission), [permissions]);
}

/** Permission strings GET /me returns (the server's policy actions); they only shape the UI. */
export type TPermission = Action;

/** Keeps the cached /me in step after the user or workspace is saved elsewhere. */
export function useUpdateSession() {
  const queryClient = useQueryClient();
  return useCallback(
    (patch: { user?: TUser; workspace?: TWorkspace }) =>
      queryClient.setQueryData<TMe>(meKey, (old) => (old ? { ...old, ...patch } : old)),
    [queryClient],
  );
}
