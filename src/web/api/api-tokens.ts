import type { TApiToken, TCreatedApiToken, TCreateApiTokenInput } from '../../domain/api-token';
import { api } from './client';

export const apiTokensKey = ['api-tokens'] as const;

export function listApiTokens(): Promise<{ items: TApiToken[] }> {
  return api.get('/api-tokens');
}

export function createApiToken(input: TCreateApiTokenInput): Promise<TCreatedApiToken> {
  return api.post('/api-tokens', input);
}

export function revokeApiToken(id: string): Promise<void> {
  return api.delete(`/api-tokens/${encodeURIComponent(id)}`);
}
