import type { TUpdateWorkspaceInput, TWorkspace } from '../../domain/workspace';
import { api } from './client';

export const workspaceKey = ['workspace'] as const;

export function getWorkspace(): Promise<TWorkspace> {
  return api.get('/workspace');
}

export function updateWorkspace(input: TUpdateWorkspaceInput): Promise<TWorkspace> {
  return api.patch('/workspace', input);
}
