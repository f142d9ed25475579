import { dayStartInstant } from '../../domain/analytics';
import { ZCreateFollowUpInput, type TCreateFollowUpInput } from '../../domain/follow-up';
import type { DB } from '../db/schema';
import { createFollowUp, deleteFollowUp, FOLLOW_UP_ENTITY } from '../follow-ups/follow-up.service';
import { defined, keyOf, refIds, text, type RecordKind, type Values } from './record-kind';

const HOUR = 3_600_000;

/** The lines of a 承诺事项 or 下一步行动 cell, without the template's check boxes. */
const lines = (value: string | undefined) =>
  (value ?? '')
    .split(/\r?\n|[；;]/u)
    .map((line) => line.replace(/^\s*(?:[-*]\s*)?(?:\[[ xX]?\]\s*)?(?:\d+[.、]\s*)?/u, '').trim())
    .filter(Boolean);

/**
 * 跟进日志 rows: the day (at midday of the workspace's day, or now when that is still ahead), method, who, summary,
 * feedback, promises (ours), next steps (each a task, due on 下次跟进日期) and the next follow-up date. The same
 * customer, day, method and summary is the same follow-up logged twice.
 */
export const followUpImport: RecordKind<TCreateFollowUpInput> = {
  entity: FOLLOW_UP_ENTITY,
  schema: ZCreateFollowUpInput,
  input(values, refs, { timeZone, now }) {
    const day = text(values, 'day')!;
    const noon = new Date(Date.parse(dayStartInstant(day, timeZone)) + 12 * HOUR);
    const nextDate = text(values, 'nextDate');
    return defined({
      customerId: refs.customerId,
      at: (noon < now ? noon : now).toISOString(),
      method: text(values, 'method'),
      userId: text(values, 'userId'),
      summary: text(values, 'summary'),
      feedback: text(values, 'feedback'),
      commitments: lines(text(values, 'commitments')).map((line) => ({ text: line, side: 'ours' as const })),
      nextActions: lines(text(values, 'nextAction')).map((line) => ({
        text: line,
        dueDate: nextDate ?? null,
      })),
      nextDate,
    });
  },
  fieldOf(path) {
    const [first = ''] = path.split('.');
    const fields: Record<string, string> = {
      customerId: 'customer',
      at: 'day',
      nextActions: 'nextAction',
    };
    return fields[first] ?? first;
  },
  key: (values: Values, refs) =>
    keyOf(refs.customerId, text(values, 'day'), text(values, 'method'), text(values, 'summary')),
  async existing(db: DB, rows) {
    const customers = refIds(rows, 'customerId');
    if (!customers.length) return new Set();
    const found = await db
      .selectFrom('follow_ups')
      .select(['customer_id', 'day', 'method', 'summary'])
      .where('customer_id', 'in', customers)
      .where('day', 'in', [...new Set(rows.map((r) => text(r.values, 'day') ?? ''))])
      .where('deleted_at', 'is', null)
      .execute();
    return new Set(found.map((f) => keyOf(f.customer_id, f.day, f.method, f.summary)));
  },
  create: async (trx, reader, input) => (await createFollowUp(trx, reader, input)).id,
  remove: (trx, reader, id) => deleteFollowUp(trx, reader, id),
};
