import type { ContactRow } from '../contacts/contact.table';
import { isUniqueViolation, toBool, toJson } from '../db/dialect';
import type { DB } from '../db/schema';
import { AppError } from '../http/errors';
import type { Scope } from '../http/policy';
import type { CustomerFields } from './customer-input';
import { scopeCustomers } from './customer-list';
import type { CustomerRow } from './customer.table';

export async function findCustomerRow(db: DB, scope: Scope, id: string): Promise<CustomerRow | undefined> {
  return scopeCustomers(db.selectFrom('customers').selectAll('customers'), scope)
    .where('customers.id', '=', id)
    .executeTakeFirst();
}

/** Column values as the driver takes them: JSON as text, booleans as the dialect stores them. */
export function encodeCustomerFields(db: DB, fields: CustomerFields): Record<string, unknown> {
  const { assessment, needs, custom, grade_manual, ...rest } = fields;
  return {
    ...rest,
    ...(assessment !== undefined && { assessment: toJson(assessment) }),
    ...(needs !== undefined && { needs: toJson(needs) }),
    ...(custom !== undefined && { custom: toJson(custom) }),
    ...(grade_manual !== undefined && { grade_manual: toBool(db, grade_manual) }),
  };
}

function creditCodeTaken(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw new AppError('CUSTOMER_CREDIT_CODE_TAKEN', {
      fields: [{ path: 'creditCode', code: 'CUSTOMER_CREDIT_CODE_TAKEN' }],
    });
  }
  throw error;
}

export async function insertCustomerRow(db: DB, values: Record<string, unknown>): Promise<CustomerRow> {
  try {
    return await db
      .insertInto('customers')
      .values(values as never)
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (error) {
    return creditCodeTaken(error);
  }
}

export async function updateCustomerRow(
  db: DB,
  scope: Scope,
  id: string,
  version: number,
  values: Record<string, unknown>,
): Promise<CustomerRow | undefined> {
  try {
    return await db
      .updateTable('customers')
      .set({
        ...values,
        version: version + 1,
        updated_at: new Date().toISOString(),
        updated_by: scope.userId || null,
      })
      .where('workspace_id', '=', scope.workspaceId)
      .where('id', '=', id)
      .where('version', '=', version)
      .where('deleted_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
  } catch (error) {
    return creditCodeTaken(error);
  }
}

export async function replaceTags(
  db: DB,
  workspaceId: string,
  customerId: string,
  tags: string[],
): Promise<void> {
  await db.deleteFrom('customer_tags').where('customer_id', '=', customerId).execute();
  const unique = [...new Set(tags)];
  if (unique.length) {
    await db
      .insertInto('customer_tags')
      .values(unique.map((tag) => ({ workspace_id: workspaceId, customer_id: customerId, tag })))
      .execute();
  }
}

export async function tagsOf(db: DB, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (!ids.length) return map;
  const rows = await db
    .selectFrom('customer_tags')
    .select(['customer_id', 'tag'])
    .where('customer_id', 'in', ids)
    .execute();
  for (const r of rows) map.set(r.customer_id, [...(map.get(r.customer_id) ?? []), r.tag]);
  return map;
}

export async function contactsOf(db: DB, ids: string[]): Promise<Map<string, ContactRow[]>> {
  const map = new Map<string, ContactRow[]>();
  if (!ids.length) return map;
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('customer_id', 'in', ids)
    .where('deleted_at', 'is', null)
    .orderBy('is_primary', 'desc')
    .orderBy('id')
    .execute();
  for (const r of rows) map.set(r.customer_id, [...(map.get(r.customer_id) ?? []), r]);
  return map;
}

export async function userNames(db: DB, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Names of linked customers (parent, referrer): shown whatever the reader's scope, as a name and number only. */
export async function customerRefs(db: DB, workspaceId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map<string, { name: string; number: string }>();
  const rows = await db
    .selectFrom('customers')
    .select(['id', 'name', 'number'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', unique)
    .where('deleted_at', 'is', null)
    .execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, number: r.number }]));
}
