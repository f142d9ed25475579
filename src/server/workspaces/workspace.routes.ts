import { ZUpdateWorkspaceInput, ZWorkspace } from '../../domain/workspace';
import type { DB } from '../db/schema';
import { authOf } from '../http/auth';
import { versionFromIfMatch } from '../http/concurrency';
import type { Api } from '../http/routes';
import { getWorkspace, updateWorkspace } from './workspace.service';

export function workspaceRoutes(api: Api, db: DB): void {
  const tags = ['workspace'];
  api.get(
    '/workspace',
    { config: { access: 'workspace.read' }, schema: { tags, response: { 200: ZWorkspace } } },
    async (request) => getWorkspace(db, authOf(request).scope),
  );
  api.patch(
    '/workspace',
    {
      config: { access: 'workspace.update' },
      preValidation: versionFromIfMatch,
      schema: { tags, body: ZUpdateWorkspaceInput, response: { 200: ZWorkspace } },
    },
    async (request) => updateWorkspace(db, authOf(request).scope, request.body),
  );
}
