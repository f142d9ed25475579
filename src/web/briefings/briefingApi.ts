import type { TBriefing, TBriefingKind } from '../../domain/briefing';
import { api } from '../api/client';

export const briefingKey = (customerId: string, kind: TBriefingKind) =>
  ['customer', customerId, 'briefing', kind] as const;

export function getBriefing(
  customerId: string,
  kind: TBriefingKind,
  signal?: AbortSignal,
): Promise<TBriefing> {
  return api.get(`/customers/${encodeURIComponent(customerId)}/briefing`, { kind }, signal);
}
