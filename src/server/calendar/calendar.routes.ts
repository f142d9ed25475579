import { z } from 'zod';
import { readerOf } from '../customers/customer.routes';
import type { DB } from '../db/schema';
import type { Api } from '../http/routes';
import { calendarFeed, hasFeedToken, revokeFeedToken, rotateFeedToken } from './calendar-feed.service';
import { calendarEvents, ZCalendar, ZCalendarQuery } from './calendar.service';

const ZFeed = z.object({ active: z.boolean(), url: z.string().nullable() });

export function calendarRoutes(api: Api, db: DB): void {
  const tags = ['calendar'];
  const feedUrl = (origin: string, token: string) => `${origin}/api/v1/calendar.ics?token=${token}`;

  api.get(
    '/calendar',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZCalendarQuery, response: { 200: ZCalendar } },
    },
    async (request) => calendarEvents(db, readerOf(request), request.query),
  );

  // The URL holds the token, so it is shown once, when made; afterwards only whether a feed is active.
  api.get(
    '/calendar/feed',
    { config: { access: 'member' }, schema: { tags, response: { 200: ZFeed } } },
    async (request) => ({ active: await hasFeedToken(db, readerOf(request).actor.id), url: null }),
  );

  api.post(
    '/calendar/feed',
    { config: { access: 'member' }, schema: { tags, response: { 200: ZFeed } } },
    async (request) => {
      const token = await rotateFeedToken(db, readerOf(request).actor.id);
      return { active: true, url: feedUrl(`${request.protocol}://${request.host}`, token) };
    },
  );

  api.delete('/calendar/feed', { config: { access: 'member' }, schema: { tags } }, async (request, reply) => {
    await revokeFeedToken(db, readerOf(request).actor.id);
    return reply.status(204).send();
  });

  api.get(
    '/calendar.ics',
    {
      config: { access: 'public' },
      schema: { tags, querystring: z.object({ token: z.string().min(10).max(100) }) },
    },
    async (request, reply) => {
      const body = await calendarFeed(db, request.query.token, `${request.protocol}://${request.host}`);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(body);
    },
  );
}
