import type { TCreateFollowUpInput, TFollowUp, TUpdateFollowUpInput } from '../../domain/follow-up';
import type { TFollowUpProposal } from '../../domain/paste-to-log/proposal';
import type { TTask } from '../../domain/task';
import type { THistoryItem } from './customers';
import { api } from './client';

export const followUpsKey = ['follow-ups'] as const;
export const timelineKey = (customerId: string) => ['timeline', customerId] as const;

export type TTimelineItem =
  | { kind: 'followUp'; at: string; followUp: TFollowUp }
  | { kind: 'task'; at: string; task: TTask }
  | { kind: 'change'; at: string; change: THistoryItem }
  | { kind: 'record'; at: string; record: TTimelineRecord };

/** A deal opened, a contract recorded, a milestone delivered or a payment received. */
export interface TTimelineRecord {
  type: 'deal' | 'contract' | 'milestone' | 'payment';
  id: string;
  title: string;
  detail: string;
  link: string;
}

export interface TTimelinePage {
  items: TTimelineItem[];
  nextCursor: string | null;
}

export function createFollowUp(input: TCreateFollowUpInput): Promise<TFollowUp> {
  return api.post('/follow-ups', input);
}

/** 粘贴识别: the server reads a pasted chat or transcript and proposes the follow-up's fields. */
export function parsePastedText(text: string): Promise<TFollowUpProposal> {
  return api.post('/follow-ups/parse', { text });
}

export function updateFollowUp(id: string, input: TUpdateFollowUpInput): Promise<TFollowUp> {
  return api.patch(`/follow-ups/${encodeURIComponent(id)}`, input);
}

export function deleteFollowUp(id: string): Promise<void> {
  return api.delete(`/follow-ups/${encodeURIComponent(id)}`);
}

export function getTimeline(
  customerId: string,
  cursor: string | null,
  kinds: string | null,
  signal?: AbortSignal,
): Promise<TTimelinePage> {
  return api.get(
    `/customers/${encodeURIComponent(customerId)}/timeline`,
    { cursor, kinds, limit: 20 },
    signal,
  );
}
