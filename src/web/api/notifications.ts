import type {
  TChannel,
  TChannelInput,
  TChannelUpdate,
  TDelivery,
  TNotificationPage,
  TTestOutcome,
} from '../../domain/notification';
import { api, type TPage } from './client';

export const notificationsKey = ['notifications'] as const;
export const bellKey = [...notificationsKey, 'bell'] as const;
export const channelsKey = [...notificationsKey, 'channels'] as const;
export const deliveriesKey = [...notificationsKey, 'deliveries'] as const;

export function listNotifications(
  query: { limit?: number; cursor?: string | null } = {},
): Promise<TNotificationPage> {
  return api.get('/notifications', query);
}

/** Marks these notifications read, or all of them; answers the unread count left. */
export function markNotificationsRead(ids?: string[]): Promise<{ unread: number }> {
  return api.post('/notifications/read', ids ? { ids } : {});
}

export function listChannels(): Promise<{ items: TChannel[] }> {
  return api.get('/notification-channels');
}

/** The form sends what it has; the server fills in the defaults. */
export type TChannelForm = Partial<TChannelInput> & Pick<TChannelInput, 'kind' | 'name'>;

export function createChannel(input: TChannelForm): Promise<TChannel> {
  return api.post('/notification-channels', input);
}

export function updateChannel(id: string, input: TChannelUpdate): Promise<TChannel> {
  return api.patch(`/notification-channels/${encodeURIComponent(id)}`, input);
}

export function deleteChannel(id: string): Promise<void> {
  return api.delete(`/notification-channels/${encodeURIComponent(id)}`);
}

export function testChannel(id: string): Promise<TTestOutcome> {
  return api.post(`/notification-channels/${encodeURIComponent(id)}/test`);
}

export function listDeliveries(
  query: { limit?: number; cursor?: string | null; channelId?: string } = {},
): Promise<TPage<TDelivery>> {
  return api.get('/notification-deliveries', query);
}
