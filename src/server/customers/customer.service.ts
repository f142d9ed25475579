import type { TCreateCustomerInput, TCustomer, TUpdateCustomerInput } from '../../domain/customer';
import { todayIn } from '../../domain/dates';
import { insertContacts, prepareContacts } from '../contacts/contact.service';
import { newId, nowIso, toBool } from '../db/dialect';
import type { DB } from '../db/schema';
import { loadDictionaries, type Dictionaries } from '../dictionaries/dictionary.service';
import { conflictOrNotFound } from '../http/concurrency';
import { AppError, notFound } from '../http/errors';
import { FieldErrors } from '../http/field-errors';
import { decodeCursor, type Page } from '../http/pagination';
import { can } from '../http/policy';
import { recordHistory, recordUpdate } from '../history/history.service';
import { nextNumber } from '../numbering/numbering.service';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { customerContext, type Reader } from './customer-context';
import { customerFields, type CustomerFields } from './customer-input';
import {
  cursorAfter,
  filterCustomers,
  pageCustomers,
  scopeCustomers,
  type TCustomerListQuery,
} from './customer-list';
import { indexCustomer } from './customer-search';
import { toCustomer } from './customer.serializer';
import * as repo from './customer.repository';
import { findDuplicates } from './duplicates.service';
import type { CustomerRow } from './customer.table';

export const CUSTOMER_ENTITY = 'customer';

export async function serialize(db: DB, reader: Reader, rows: CustomerRow[]): Promise<TCustomer[]> {
  const ctx = await customerContext(db, reader, rows);
  return rows.map((row) => toCustomer(row, ctx));
}

export async function getCustomer(db: DB, reader: Reader, id: string): Promise<TCustomer> {
  const row = await repo.findCustomerRow(db, reader.scope, id);
  if (!row) throw notFound();
  const [customer] = await serialize(db, reader, [row]);
  if (!customer) throw notFound();
  return customer;
}

/** Owner, parent and referrer must exist in the workspace; a sales member cannot hand a customer to someone else. */
async function checkLinks(
  db: DB,
  reader: Reader,
  fields: CustomerFields,
  id: string | null,
  errors: FieldErrors,
) {
  if (fields.owner_id) {
    const owner = await db
      .selectFrom('users')
      .select('id')
      .where('workspace_id', '=', reader.scope.workspaceId)
      .where('id', '=', fields.owner_id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!owner) errors.add('ownerId', 'OWNER_INVALID');
    else if (fields.owner_id !== reader.actor.id && !can(reader.actor, 'customers.assign'))
      throw new AppError('FORBIDDEN');
  }
  for (const [column, path] of [
    ['parent_id', 'parentId'],
    ['referrer_id', 'referrerId'],
  ] as const) {
    const linked = fields[column];
    if (!linked) continue;
    const found = await db
      .selectFrom('customers')
      .select('id')
      .where('workspace_id', '=', reader.scope.workspaceId)
      .where('id', '=', linked)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!found || linked === id) errors.add(path, 'CUSTOMER_LINK_INVALID');
  }
}

function resolveTags(dicts: Dictionaries, tags: string[], errors: FieldErrors): string[] {
  return tags.flatMap((tag, i) => {
    const key = dicts.resolve('tag', tag);
    if (!key) errors.add(`tags.${i}`, 'UNKNOWN_DICTIONARY_VALUE');
    return key ? [key] : [];
  });
}

export async function createCustomer(
  db: DB,
  reader: Reader,
  input: TCreateCustomerInput,
): Promise<TCustomer> {
  const { scope } = reader;
  const row = await db.transaction().execute(async (trx) => {
    const [dicts, settings] = await Promise.all([
      loadDictionaries(trx, scope),
      loadWorkspaceSettings(trx, scope.workspaceId),
    ]);
    const confirmed = new Set(input.confirm ?? []);
    const errors = new FieldErrors();
    const fields = customerFields(input, null, { dicts, settings, errors, confirmed });
    fields.owner_id ??= reader.actor.id;
    const tags = resolveTags(dicts, input.tags ?? [], errors);
    await checkLinks(trx, reader, fields, null, errors);
    const contacts = input.contacts ?? [];
    const contactRows = prepareContacts(contacts, dicts, errors);
    errors.throwIfAny();
    if (!confirmed.has('duplicates')) {
      const candidates = await findDuplicates(trx, scope, {
        name: input.name,
        ...(fields.credit_code && { creditCode: fields.credit_code }),
        phones: contactRows.flatMap((c) => [c.mobile, c.phone]).filter((p): p is string => !!p),
        emails: contactRows.map((c) => c.email).filter((e): e is string => !!e),
        wechats: contactRows.map((c) => c.wechat).filter((w): w is string => !!w),
      });
      if (candidates.length) throw new AppError('DUPLICATE_CANDIDATES', { extra: { candidates } });
    }
    const industryCode = fields.industry ? dicts.find('industry', fields.industry)?.code : null;
    const number = await nextNumber(trx, scope.workspaceId, settings.customerNumberPattern, {
      date: todayIn(settings.timeZone),
      industry: industryCode,
    });
    const now = nowIso();
    const created = await repo.insertCustomerRow(trx, {
      ...repo.encodeCustomerFields({ grade_manual: false, ...fields }, (v) => toBool(trx, v)),
      id: newId(),
      workspace_id: scope.workspaceId,
      number,
      kind: fields.kind ?? 'company',
      created_at: now,
      created_by: scope.userId || null,
      updated_at: now,
      updated_by: scope.userId || null,
      version: 1,
    });
    await repo.replaceTags(trx, scope.workspaceId, created.id, tags);
    await insertContacts(trx, scope, created.id, contactRows);
    await indexCustomer(trx, created.id);
    const [customer] = await serialize(trx, reader, [created]);
    await recordHistory(trx, scope, {
      entityType: CUSTOMER_ENTITY,
      entityId: created.id,
      action: 'create',
      changes: { ...customer, ...(confirmed.size && { confirmed: [...confirmed] }) },
    });
    return created;
  });
  return getCustomer(db, reader, row.id);
}

export async function updateCustomer(
  db: DB,
  reader: Reader,
  id: string,
  input: TUpdateCustomerInput,
): Promise<TCustomer> {
  const { scope } = reader;
  await db
    .transaction()
    .execute(async (trx) => {
      const current = await repo.findCustomerRow(trx, scope, id);
      if (!current) throw notFound();
      const [before] = await serialize(trx, reader, [current]);
      const [dicts, settings] = await Promise.all([
        loadDictionaries(trx, scope),
        loadWorkspaceSettings(trx, scope.workspaceId),
      ]);
      const confirmed = new Set(input.confirm ?? []);
      const errors = new FieldErrors();
      const currentView = {
        kind: current.kind,
        name: current.name,
        assessment: before?.assessment ?? {},
        grade_manual: before?.gradeIsManual ?? false,
      };
      const fields = customerFields(input, currentView, { dicts, settings, errors, confirmed });
      const tags = input.tags ? resolveTags(dicts, input.tags, errors) : undefined;
      await checkLinks(trx, reader, fields, id, errors);
      errors.throwIfAny();
      const row = await repo.updateCustomerRow(
        trx,
        scope,
        id,
        input.version,
        repo.encodeCustomerFields(fields, (v) => toBool(trx, v)),
      );
      if (!row)
        throw await conflictOrNotFound(
          () => repo.findCustomerRow(trx, scope, id),
          (r) => r,
        );
      if (tags) await repo.replaceTags(trx, scope.workspaceId, id, tags);
      if (fields.name !== undefined) await indexCustomer(trx, id);
      const [after] = await serialize(trx, reader, [row]);
      if (before && after)
        await recordUpdate(
          trx,
          scope,
          CUSTOMER_ENTITY,
          id,
          { ...before, contacts: [] },
          { ...after, contacts: [] },
        );
    })
    .catch(async (error: unknown) => {
      // The conflict answer carries the current record as the reader sees it (masked where it must be).
      if (error instanceof AppError && error.code === 'VERSION_CONFLICT') {
        throw new AppError('VERSION_CONFLICT', { extra: { current: await getCustomer(db, reader, id) } });
      }
      throw error;
    });
  return getCustomer(db, reader, id);
}

export async function listCustomers(
  db: DB,
  reader: Reader,
  query: TCustomerListQuery,
): Promise<Page<TCustomer>> {
  const dicts = await loadDictionaries(db, reader.scope);
  const resolved = resolveFilterKeys(dicts, query, reader);
  const base = filterCustomers(db, scopeCustomers(db.selectFrom('customers'), reader.scope), resolved);
  if (query.cursor) decodeCursor(query.cursor);
  const rows = await pageCustomers(
    base.selectAll('customers'),
    query.sort,
    query.cursor,
    query.limit + 1,
  ).execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const counted = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return {
    items: await serialize(db, reader, page),
    nextCursor: rows.length > query.limit && last ? cursorAfter(last, query.sort) : null,
    total: Number(counted.n),
  };
}

/** List filters accept labels too (?sourceChannel=微信); `ownerId=me` is the caller. Unknown values match nothing. */
function resolveFilterKeys(
  dicts: Dictionaries,
  query: TCustomerListQuery,
  reader: Reader,
): TCustomerListQuery {
  const keys = (dictionary: Parameters<Dictionaries['resolve']>[0], values?: string[]) =>
    values?.map((v) => dicts.resolve(dictionary, v) ?? `\u0000${v}`);
  return {
    ...query,
    type: keys('customerType', query.type),
    status: keys('customerStatus', query.status),
    stage: keys('customerStage', query.stage),
    sourceChannel: keys('sourceChannel', query.sourceChannel),
    industry: keys('industry', query.industry),
    companySize: keys('companySize', query.companySize),
    tag: keys('tag', query.tag),
    ownerId: query.ownerId?.map((o) => (o === 'me' ? reader.actor.id : o)),
  };
}

export async function deleteCustomer(db: DB, reader: Reader, id: string): Promise<void> {
  const { scope } = reader;
  await db.transaction().execute(async (trx) => {
    const current = await repo.findCustomerRow(trx, scope, id);
    if (!current) throw notFound();
    const now = nowIso();
    await trx
      .updateTable('customers')
      .set({ deleted_at: now, deleted_by: scope.userId, updated_at: now, version: current.version + 1 })
      .where('id', '=', id)
      .execute();
    await recordHistory(trx, scope, {
      entityType: CUSTOMER_ENTITY,
      entityId: id,
      action: 'delete',
      changes: {},
    });
  });
}
