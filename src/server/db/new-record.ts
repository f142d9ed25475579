import { newId, nowIso } from './dialect';

/** The common columns of a new business row (ARCHITECTURE.md, Data), for the caller's workspace and member. */
export function newRecord(scope: { workspaceId: string; userId: string }, at = nowIso()) {
  return {
    id: newId(),
    workspace_id: scope.workspaceId,
    created_at: at,
    created_by: scope.userId || null,
    updated_at: at,
    updated_by: scope.userId || null,
    version: 1,
    deleted_at: null,
    deleted_by: null,
  };
}
