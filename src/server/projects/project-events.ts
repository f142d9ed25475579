import { formatYuan } from '../../domain/money';
import type { TDeliveryItem } from '../../domain/today';
import { customerRefs } from '../customers/customer.repository';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { visibleInstallments, visibleMilestones } from './project.repository';

const LIMIT = 3000;

/**
 * The member's milestones by planned date and installments by the day they fall due (their own projects), between
 * two days: done milestones and received installments too, ticked. An installment bound to an open milestone has no
 * day yet and waits for it.
 */
export async function deliveryEvents(
  db: DB,
  reader: Reader,
  userId: string,
  from: string,
  to: string,
): Promise<TDeliveryItem[]> {
  const [milestones, installments] = await Promise.all([
    visibleMilestones(db, reader.scope)
      .innerJoin('projects', 'projects.id', 'milestones.project_id')
      .select([
        'milestones.id',
        'milestones.seq',
        'milestones.content',
        'milestones.planned_date',
        'milestones.actual_date',
        'projects.id as project_id',
        'projects.name as project_name',
        'projects.customer_id',
      ])
      .where('projects.owner_id', '=', userId)
      .where('milestones.planned_date', '>=', from)
      .where('milestones.planned_date', '<=', to)
      .limit(LIMIT)
      .execute(),
    visibleInstallments(db, reader.scope)
      .innerJoin('projects', 'projects.id', 'installments.project_id')
      .select([
        'installments.id',
        'installments.name',
        'installments.amount_due',
        'installments.received_amount',
        'installments.effective_due_date',
        'projects.id as project_id',
        'projects.name as project_name',
        'projects.customer_id',
      ])
      .where('projects.owner_id', '=', userId)
      .where('installments.effective_due_date', '>=', from)
      .where('installments.effective_due_date', '<=', to)
      .limit(LIMIT)
      .execute(),
  ]);
  const customers = await customerRefs(db, reader.scope.workspaceId, [
    ...milestones.map((m) => m.customer_id),
    ...installments.map((i) => i.customer_id),
  ]);
  const customer = (id: string) => customers.get(id)?.name ?? '';
  return [
    ...milestones.map((m) => ({
      date: m.planned_date,
      kind: 'milestone' as const,
      id: m.id,
      title: `${m.project_name} · M${m.seq} ${m.content}`,
      detail: customer(m.customer_id),
      done: m.actual_date !== null,
      link: `/projects/${m.project_id}`,
    })),
    ...installments.map((i) => ({
      date: i.effective_due_date ?? from,
      kind: 'installment' as const,
      id: i.id,
      title: `${i.project_name} · ${i.name}`,
      detail: `${customer(i.customer_id)} · ${formatYuan(Number(i.amount_due), reader.locale)}`,
      done: Number(i.received_amount) >= Number(i.amount_due),
      link: `/projects/${i.project_id}`,
    })),
  ];
}
