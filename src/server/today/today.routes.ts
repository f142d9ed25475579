import { readerOf } from '../customers/customer.routes';
import type { DB } from '../db/schema';
import { ZIdParams, type Api } from '../http/routes';
import { snoozeCustomer, ZSnoozed, ZSnoozeInput } from './snooze.service';
import { todayOf, ZToday, ZTodayQuery } from './today.service';
import { weeklyReview, ZWeeklyReview, ZWeeklyReviewQuery } from './weekly-review.service';

export function todayRoutes(api: Api, db: DB): void {
  api.get(
    '/today',
    {
      config: { access: 'customers.read' },
      schema: { tags: ['today'], querystring: ZTodayQuery, response: { 200: ZToday } },
    },
    async (request) => todayOf(db, readerOf(request), request.query),
  );

  api.get(
    '/reviews/weekly',
    {
      config: { access: 'customers.read' },
      schema: { tags: ['today'], querystring: ZWeeklyReviewQuery, response: { 200: ZWeeklyReview } },
    },
    async (request) => weeklyReview(db, readerOf(request), request.query),
  );

  api.post(
    '/customers/:id/snooze',
    {
      config: { access: 'customers.write' },
      schema: { tags: ['today'], params: ZIdParams, body: ZSnoozeInput, response: { 200: ZSnoozed } },
    },
    async (request) => snoozeCustomer(db, readerOf(request), request.params.id, request.body.until),
  );
}
