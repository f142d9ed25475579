import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { z } from 'zod';
import { maskText } from '../../domain/masking';
import { formatYuan } from '../../domain/money';
import { can } from '../http/policy';
import { visibleContracts } from '../contracts/contract.repository';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { visibleDeals } from '../deals/deal.repository';
import { visibleMilestones, visiblePayments } from '../projects/project.repository';

export const RECORD_TYPES = ['deal', 'contract', 'milestone', 'payment'] as const;

/** A deal opened, a contract recorded, a milestone delivered, a payment received: a line on the customer's timeline. */
export const ZTimelineRecord = z.object({
  type: z.enum(RECORD_TYPES),
  id: z.string(),
  title: z.string(),
  detail: z.string(),
  link: z.string(),
});
export type TTimelineRecord = z.infer<typeof ZTimelineRecord>;
type Dated = TTimelineRecord & { at: string };

/** A calendar day placed on the timeline's instant axis: the start of that day (UTC), so it sorts among instants. */
const dayAt = (day: string) => `${day}T00:00:00.000Z`;

/**
 * One page (newest first, before the cursor) of each kind of record of a customer, as timeline lines. Milestones count
 * when delivered (their actual day) and payments on the day they were received; deals and contracts when recorded.
 */
export async function timelineRecords(
  db: DB,
  reader: Reader,
  customerId: string,
  before: [string, string] | null,
  take: number,
): Promise<Dated[]> {
  const { scope, locale } = reader;
  const after = (at: RawBuilder<unknown>, id: string) =>
    before
      ? sql<SqlBool>`(${at} < ${before[0]} or (${at} = ${before[0]} and ${sql.ref(id)} < ${before[1]}))`
      : sql<SqlBool>`1 = 1`;
  const money = (fen: number | null) => (fen === null ? '' : formatYuan(Number(fen), locale));
  const [deals, contracts, milestones, payments] = await Promise.all([
    visibleDeals(db, scope)
      .select(['deals.id', 'deals.title', 'deals.number', 'deals.created_at', 'deals.expected_amount'])
      .where('deals.customer_id', '=', customerId)
      .where(after(sql.ref('deals.created_at'), 'deals.id'))
      .orderBy('deals.created_at', 'desc')
      .orderBy('deals.id', 'desc')
      .limit(take)
      .execute(),
    visibleContracts(db, scope)
      .select([
        'contracts.id',
        'contracts.title',
        'contracts.number',
        'contracts.created_at',
        'contracts.amount',
      ])
      .where('contracts.customer_id', '=', customerId)
      .where(after(sql.ref('contracts.created_at'), 'contracts.id'))
      .orderBy('contracts.created_at', 'desc')
      .orderBy('contracts.id', 'desc')
      .limit(take)
      .execute(),
    visibleMilestones(db, scope)
      .innerJoin('projects', 'projects.id', 'milestones.project_id')
      .select([
        'milestones.id',
        'milestones.seq',
        'milestones.content',
        'milestones.actual_date',
        'projects.id as project_id',
        'projects.name',
      ])
      .where('projects.customer_id', '=', customerId)
      .where('milestones.actual_date', 'is not', null)
      .where(after(dayExpr('milestones.actual_date'), 'milestones.id'))
      .orderBy('milestones.actual_date', 'desc')
      .orderBy('milestones.id', 'desc')
      .limit(take)
      .execute(),
    visiblePayments(db, scope)
      .innerJoin('installments', 'installments.id', 'payments.installment_id')
      .select([
        'payments.id',
        'payments.amount',
        'payments.paid_on',
        'payments.project_id',
        'installments.name',
      ])
      .where('payments.customer_id', '=', customerId)
      .where(after(dayExpr('payments.paid_on'), 'payments.id'))
      .orderBy('payments.paid_on', 'desc')
      .orderBy('payments.id', 'desc')
      .limit(take)
      .execute(),
  ]);
  const masked = !can(reader.actor, 'personalData.view');
  const lines: Dated[] = [
    ...deals.map((d) => ({
      type: 'deal' as const,
      at: d.created_at,
      id: d.id,
      title: d.title,
      detail: [d.number, money(d.expected_amount)].filter(Boolean).join(' · '),
      link: `/deals/${d.id}`,
    })),
    ...contracts.map((c) => ({
      type: 'contract' as const,
      at: c.created_at,
      id: c.id,
      title: c.title,
      detail: `${c.number} · ${money(c.amount)}`,
      link: `/customers/${customerId}`,
    })),
    ...milestones.map((m) => ({
      type: 'milestone' as const,
      at: dayAt(m.actual_date ?? ''),
      id: m.id,
      title: `M${m.seq} ${m.content}`,
      detail: m.name,
      link: `/projects/${m.project_id}`,
    })),
    ...payments.map((p) => ({
      type: 'payment' as const,
      at: dayAt(p.paid_on),
      id: p.id,
      title: `${p.name} ${money(p.amount)}`,
      detail: p.paid_on,
      link: `/projects/${p.project_id}`,
    })),
  ];
  // A title typed by a person may hold a phone number: masked as on the deal or contract itself.
  return masked
    ? lines.map((line) => ({ ...line, title: maskText(line.title), detail: maskText(line.detail) }))
    : lines;
}

/** A day column as the timeline's instant text, for the cursor comparison. */
const dayExpr = (column: string) => sql`(${sql.ref(column)} || 'T00:00:00.000Z')`;
