import type { TDuplicateCandidate, TDuplicateQuery } from '../../domain/customer';
import { normalizeCreditCode } from '../../domain/validators/credit-code';
import { normalizeEmail } from '../../domain/validators/email';
import { normalizePhone } from '../../domain/validators/phone';
import type { DB } from '../db/schema';
import { AppError } from '../http/errors';
import type { Scope } from '../http/policy';
import { nameKeyOf } from './customer-input';
import { scopeCustomers } from './customer-list';
import { userNames } from './customer.repository';

type Reason = TDuplicateCandidate['reasons'][number];

/**
 * Candidates across the whole workspace, not only the caller's customers: a salesperson must learn at once that
 * the company is already a colleague's. Each candidate says whose it is and whether the caller may open it.
 */
export async function findDuplicates(
  db: DB,
  scope: Scope,
  query: TDuplicateQuery,
): Promise<TDuplicateCandidate[]> {
  const reasons = new Map<string, Set<Reason>>();
  const add = (ids: { id: string }[], reason: Reason) => {
    for (const { id } of ids) {
      if (id === query.excludeId) continue;
      reasons.set(id, (reasons.get(id) ?? new Set()).add(reason));
    }
  };
  const live = db
    .selectFrom('customers')
    .select('customers.id')
    .where('customers.workspace_id', '=', scope.workspaceId)
    .where('customers.deleted_at', 'is', null);

  if (query.creditCode?.trim())
    add(await live.where('credit_code', '=', normalizeCreditCode(query.creditCode)).execute(), 'creditCode');
  const name = query.name?.trim();
  if (name) {
    const key = nameKeyOf('company', name);
    // Same core, or one core starting with the other (with at least 4 characters): an index range, not a scan.
    if (key.length >= 2) add(await live.where('name_key', '=', key).limit(20).execute(), 'name');
    if (key.length >= 4)
      add(
        await live.where('name_key', '>', key).where('name_key', '<', `${key}\uffff`).limit(20).execute(),
        'name',
      );
  }
  const contactMatches = async (column: 'mobile' | 'phone' | 'email' | 'wechat', values: string[]) =>
    values.length
      ? db
          .selectFrom('contacts')
          .innerJoin('customers', 'customers.id', 'contacts.customer_id')
          .select('customers.id')
          .where('contacts.workspace_id', '=', scope.workspaceId)
          .where('contacts.deleted_at', 'is', null)
          .where('customers.deleted_at', 'is', null)
          .where(`contacts.${column}`, 'in', values)
          .limit(20)
          .execute()
      : [];
  const phones = (query.phones ?? []).map(normalizePhone).filter((p) => p.length >= 7);
  add(await contactMatches('mobile', phones), 'phone');
  add(await contactMatches('phone', phones), 'phone');
  add(await contactMatches('email', (query.emails ?? []).map(normalizeEmail).filter(Boolean)), 'email');
  add(await contactMatches('wechat', (query.wechats ?? []).map((w) => w.trim()).filter(Boolean)), 'wechat');

  const ids = [...reasons.keys()].slice(0, 20);
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('customers')
    .select(['id', 'name', 'number', 'owner_id'])
    .where('id', 'in', ids)
    .execute();
  const visible = new Set(
    (
      await scopeCustomers(db.selectFrom('customers').select('customers.id'), scope)
        .where('customers.id', 'in', ids)
        .execute()
    ).map((r) => r.id),
  );
  const owners = await userNames(
    db,
    scope.workspaceId,
    rows.map((r) => r.owner_id).filter((o): o is string => !!o),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    number: r.number,
    owner: r.owner_id ? { id: r.owner_id, name: owners.get(r.owner_id) ?? '' } : null,
    reasons: [...(reasons.get(r.id) ?? [])],
    canOpen: visible.has(r.id),
  }));
}

/**
 * Before a save: the same credit code is never allowed (one company, one record), whatever was confirmed; other
 * candidates stop the save until the person confirms they checked them.
 */
export async function assertNoDuplicates(
  db: DB,
  scope: Scope,
  confirmed: ReadonlySet<string>,
  query: TDuplicateQuery,
): Promise<void> {
  const candidates = await findDuplicates(db, scope, query);
  if (candidates.some((c) => c.reasons.includes('creditCode'))) {
    throw new AppError('CUSTOMER_CREDIT_CODE_TAKEN', {
      fields: [{ path: 'creditCode', code: 'CUSTOMER_CREDIT_CODE_TAKEN' }],
      extra: { candidates: candidates.filter((c) => c.reasons.includes('creditCode')) },
    });
  }
  if (candidates.length && !confirmed.has('duplicates'))
    throw new AppError('DUPLICATE_CANDIDATES', { extra: { candidates } });
}
