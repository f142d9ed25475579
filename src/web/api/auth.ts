import type { TLocale } from '../../domain/locale';
import type { TChangePasswordInput, TLoginInput, TSetupInput, TUser } from '../../domain/user';
import type { TWorkspace } from '../../domain/workspace';
import { api, setCsrfToken } from './client';

export interface TMe {
  user: TUser;
  workspace: TWorkspace;
  /** Null when the caller authenticated with an API token instead of a session. */
  csrfToken: string | null;
  permissions: string[];
}

export const meKey = ['me'] as const;
export const setupKey = ['setup'] as const;

export function getSetupStatus(): Promise<{ needed: boolean }> {
  return api.get('/setup');
}

export async function runSetup(input: TSetupInput): Promise<{ user: TUser; workspace: TWorkspace }> {
  const result = await api.post<{ user: TUser; workspace: TWorkspace; csrfToken: string }>('/setup', input);
  setCsrfToken(result.csrfToken);
  return result;
}

export async function login(input: TLoginInput): Promise<TUser> {
  const result = await api.post<{ user: TUser; csrfToken: string }>('/auth/login', input);
  setCsrfToken(result.csrfToken);
  return result.user;
}

export async function logout(): Promise<void> {
  try {
    await api.post('/auth/logout');
  } finally {
    setCsrfToken(null);
  }
}

export async function getMe(): Promise<TMe> {
  const me = await api.get<TMe>('/me');
  setCsrfToken(me.csrfToken);
  return me;
}

export function updateMe(input: { name?: string; locale?: TLocale; version: number }): Promise<TUser> {
  return api.patch('/me', input);
}

export function changePassword(input: TChangePasswordInput): Promise<void> {
  return api.post('/me/password', input);
}
