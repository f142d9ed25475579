import { cadenceOf, healthOf } from '../../domain/cadence';
import { ZDueCustomer, type TDueCustomer } from '../../domain/today';
import type { TGrade } from '../../domain/assessment';
import { describeDue } from '../../domain/due-reason';
import { maskPhone } from '../../domain/masking';
import type { Reader } from '../customers/customer-context';
import { tagsOf } from '../customers/customer.repository';
import type { CustomerRow } from '../customers/customer.table';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import { can } from '../http/policy';
import type { WorkspaceSettings } from '../workspaces/workspace-settings';

export { ZDueCustomer, type TDueCustomer };

export type DueRow = Pick<
  CustomerRow,
  | 'id'
  | 'name'
  | 'number'
  | 'grade'
  | 'stage'
  | 'next_due_date'
  | 'next_follow_up_date'
  | 'snoozed_until'
  | 'cadence_days'
  | 'last_follow_up_at'
  | 'last_follow_up_day'
  | 'last_follow_up_method'
>;

export const DUE_COLUMNS = [
  'customers.id',
  'customers.name',
  'customers.number',
  'customers.grade',
  'customers.stage',
  'customers.next_due_date',
  'customers.next_follow_up_date',
  'customers.snoozed_until',
  'customers.cadence_days',
  'customers.last_follow_up_at',
  'customers.last_follow_up_day',
  'customers.last_follow_up_method',
] as const;

/** Rows to Today's items: the reason in words, the primary contact's number (masked where the role says so). */
export async function toDueCustomers(
  db: DB,
  reader: Reader,
  settings: WorkspaceSettings,
  today: string,
  rows: DueRow[],
): Promise<TDueCustomer[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [dicts, tags, phones] = await Promise.all([
    loadDictionaries(db, reader.scope),
    tagsOf(db, ids),
    db
      .selectFrom('contacts')
      .select(['customer_id', 'mobile', 'phone'])
      .where('customer_id', 'in', ids)
      .where('deleted_at', 'is', null)
      .orderBy('is_primary', 'desc')
      .orderBy('id')
      .execute(),
  ]);
  const phoneOf = new Map<string, string>();
  for (const c of phones) {
    const number = c.mobile ?? c.phone;
    if (number && !phoneOf.has(c.customer_id)) phoneOf.set(c.customer_id, number);
  }
  const masked = !can(reader.actor, 'personalData.view');
  const { locale } = reader;
  return rows.map((row) => {
    const rule = cadenceOf(settings.cadence, {
      grade: row.grade as TGrade | null,
      stage: row.stage,
      tags: tags.get(row.id) ?? [],
    });
    const method = row.last_follow_up_method;
    const methodLabel = method ? dicts.label('followUpMethod', method, locale) : null;
    const phone = phoneOf.get(row.id) ?? null;
    return {
      id: row.id,
      name: row.name,
      number: row.number,
      grade: row.grade,
      phone: phone && masked ? maskPhone(phone) : phone,
      nextDueDate: row.next_due_date,
      lastFollowUpAt: row.last_follow_up_at,
      lastFollowUpMethod: method && methodLabel ? { key: method, label: methodLabel } : null,
      health: healthOf(row.last_follow_up_day, today, settings.health),
      reason: describeDue(
        {
          nextDueDate: row.next_due_date ?? today,
          explicitNextDate: row.next_follow_up_date,
          snoozedUntil: row.snoozed_until,
          cadenceDays: row.cadence_days,
          rule: !rule
            ? null
            : rule.grade
              ? { grade: rule.grade }
              : rule.tag
                ? { label: dicts.label('tag', rule.tag, locale) }
                : { label: dicts.label('customerStage', rule.stage ?? '', locale) },
          lastFollowUpDay: row.last_follow_up_day,
          lastMethodLabel: methodLabel,
        },
        today,
        locale,
      ),
    };
  });
}

/** The member's own live customers (Today, the review and the calendar are about whom they own). */
export function ownedCustomers(db: DB, workspaceId: string, userId: string) {
  return db
    .selectFrom('customers')
    .where('customers.workspace_id', '=', workspaceId)
    .where('customers.owner_id', '=', userId)
    .where('customers.deleted_at', 'is', null);
}
