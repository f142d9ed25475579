import { z } from 'zod';
import { ZDate } from '../../domain/dates';
import {
  ZAddWorkingDaysResult,
  ZSpecialDay,
  ZWorkingDayOverrideInput,
  ZWorkingDaysYear,
} from '../../domain/working-day-override';
import type { DB } from '../db/schema';
import { authOf } from '../http/auth';
import { versionFromIfMatch } from '../http/concurrency';
import type { Api } from '../http/routes';
import { addWorkingDaysFor, getWorkingDaysYear, removeOverride, setOverride } from './working-day.service';

const ZDayParams = z.object({ day: ZDate });

// Everyone reads the calendar (due dates are computed from it); changing it is a workspace setting.
export function workingDayRoutes(api: Api, db: DB): void {
  const tags = ['working-days'];
  api.get(
    '/working-days',
    {
      config: { access: 'workspace.read' },
      schema: {
        tags,
        querystring: z.object({ year: z.coerce.number().int().min(1900).max(2200).optional() }),
        response: { 200: ZWorkingDaysYear },
      },
    },
    async (request) => getWorkingDaysYear(db, authOf(request).scope, request.query.year),
  );
  api.get(
    '/working-days/add',
    {
      config: { access: 'workspace.read' },
      schema: {
        tags,
        // Bounded so one request cannot walk the calendar for years.
        querystring: z.object({ from: ZDate, days: z.coerce.number().int().min(-1000).max(1000) }),
        response: { 200: ZAddWorkingDaysResult },
      },
    },
    async (request) => addWorkingDaysFor(db, authOf(request).scope, request.query.from, request.query.days),
  );
  api.put(
    '/working-days/:day',
    {
      config: { access: 'workspace.update' },
      preValidation: versionFromIfMatch,
      schema: { tags, params: ZDayParams, body: ZWorkingDayOverrideInput, response: { 200: ZSpecialDay } },
    },
    async (request) => setOverride(db, authOf(request).scope, request.params.day, request.body),
  );
  api.delete(
    '/working-days/:day',
    { config: { access: 'workspace.update' }, schema: { tags, params: ZDayParams } },
    async (request, reply) => {
      await removeOverride(db, authOf(request).scope, request.params.day);
      return reply.status(204).send();
    },
  );
}
