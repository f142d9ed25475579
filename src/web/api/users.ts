import type { TCreateUserInput, TUpdateUserInput, TUser } from '../../domain/user';
import { api, type TPage } from './client';

export const usersKey = ['users'] as const;

export function listUsers(params: {
  q?: string;
  cursor?: string | null;
  limit?: number;
}): Promise<TPage<TUser>> {
  return api.get('/users', { limit: params.limit ?? 50, cursor: params.cursor, q: params.q });
}

export function createUser(input: TCreateUserInput): Promise<TUser> {
  return api.post('/users', input);
}

export function updateUser(id: string, input: TUpdateUserInput): Promise<TUser> {
  return api.patch(`/users/${encodeURIComponent(id)}`, input);
}

export function deleteUser(id: string): Promise<void> {
  return api.delete(`/users/${encodeURIComponent(id)}`);
}

export function resetUserPassword(id: string, password: string): Promise<void> {
  return api.post(`/users/${encodeURIComponent(id)}/reset-password`, { password });
}
