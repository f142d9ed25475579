import { z } from 'zod';
import {
  ZChannel,
  ZChannelInput,
  ZChannelUpdate,
  ZDelivery,
  ZMarkReadInput,
  ZNotificationPage,
  ZTestOutcome,
} from '../../domain/notification';
import type { DB } from '../db/schema';
import { authOf } from '../http/auth';
import { versionFromIfMatch } from '../http/concurrency';
import { requestLocale } from '../http/i18n';
import { pageSchema } from '../http/pagination';
import { ZIdParams, type Api } from '../http/routes';
import { listMyNotifications, markRead, ZBellQuery } from './bell.service';
import { createChannel, deleteChannel, listChannels, updateChannel } from './channel.service';
import { listDeliveries, ZDeliveryQuery } from './delivery-log.service';
import type { NotificationContext } from './notification-context';
import { sendTestMessage } from './test-send.service';

/**
 * Every member has a bell and may add channels of their own; the workspace's channels and its whole delivery log
 * are for owners and admins, checked in the services (the same routes serve both).
 */
export function notificationRoutes(api: Api, db: DB, context: NotificationContext): void {
  const tags = ['notifications'];
  const member = { access: 'member' as const };

  api.get(
    '/notifications',
    { config: member, schema: { tags, querystring: ZBellQuery, response: { 200: ZNotificationPage } } },
    async (request) => listMyNotifications(db, authOf(request).scope, request.query),
  );
  api.post(
    '/notifications/read',
    {
      config: member,
      schema: { tags, body: ZMarkReadInput, response: { 200: z.object({ unread: z.number().int() }) } },
    },
    async (request) => markRead(db, authOf(request).scope, request.body.ids),
  );

  api.get(
    '/notification-channels',
    { config: member, schema: { tags, response: { 200: z.object({ items: z.array(ZChannel) }) } } },
    async (request) => ({ items: await listChannels(db, authOf(request).scope) }),
  );
  api.post(
    '/notification-channels',
    { config: member, schema: { tags, body: ZChannelInput, response: { 201: ZChannel } } },
    async (request, reply) =>
      reply.status(201).send(await createChannel(db, context.secretBox, authOf(request).scope, request.body)),
  );
  api.patch(
    '/notification-channels/:id',
    {
      config: member,
      preValidation: versionFromIfMatch,
      schema: { tags, params: ZIdParams, body: ZChannelUpdate, response: { 200: ZChannel } },
    },
    async (request) =>
      updateChannel(db, context.secretBox, authOf(request).scope, request.params.id, request.body),
  );
  api.delete(
    '/notification-channels/:id',
    { config: member, schema: { tags, params: ZIdParams } },
    async (request, reply) => {
      await deleteChannel(db, authOf(request).scope, request.params.id);
      return reply.status(204).send();
    },
  );
  api.post(
    '/notification-channels/:id/test',
    { config: member, schema: { tags, params: ZIdParams, response: { 200: ZTestOutcome } } },
    async (request) =>
      sendTestMessage(db, context, authOf(request).scope, request.params.id, requestLocale(request)),
  );

  api.get(
    '/notification-deliveries',
    {
      config: member,
      schema: { tags, querystring: ZDeliveryQuery, response: { 200: pageSchema(ZDelivery) } },
    },
    async (request) => listDeliveries(db, authOf(request).scope, request.query, requestLocale(request)),
  );
}
