import { sql, type Expression, type SqlBool } from 'kysely';
import type { TCustomField } from '../../domain/custom-fields';
import type { TCustomer } from '../../domain/customer';
import { listCustomFields } from '../custom-fields/custom-field.service';
import { isPostgres } from '../db/dialect';
import type { DB } from '../db/schema';
import { loadDictionaries, type Dictionaries } from '../dictionaries/dictionary.service';
import { AppError } from '../http/errors';
import { decodeCursor, type Page } from '../http/pagination';
import type { Reader } from './customer-context';
import {
  customValueExpr,
  customValueParam,
  cursorAfter,
  filterCustomers,
  pageCustomers,
  resolveSort,
  scopeCustomers,
  type TCustomerListQuery,
} from './customer-list';
import { serialize } from './customer.service';

export async function listCustomers(
  db: DB,
  reader: Reader,
  query: TCustomerListQuery,
  /** `custom.<key>=value` parameters, read from the raw query string (the schema knows no custom keys). */
  custom: Record<string, string> = {},
): Promise<Page<TCustomer>> {
  const [dicts, customFields] = await Promise.all([
    loadDictionaries(db, reader.scope),
    listCustomFields(db, reader.scope),
  ]);
  const spec = resolveSort(db, query.sort, customFields);
  let base = filterCustomers(
    db,
    scopeCustomers(db.selectFrom('customers'), reader.scope),
    resolveFilterKeys(dicts, query, reader),
  );
  for (const condition of customFilters(db, customFields, custom)) base = base.where(condition);
  if (query.cursor) decodeCursor(query.cursor);
  const rows = await pageCustomers(
    base.selectAll('customers'),
    spec,
    query.cursor,
    query.limit + 1,
  ).execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const counted = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return {
    items: await serialize(db, reader, page),
    nextCursor: rows.length > query.limit && last ? cursorAfter(last, spec) : null,
    total: Number(counted.n),
  };
}

/** `?custom.level=vip`: equality on a custom field; a multi-select matches when it contains the value. */
function customFilters(
  db: DB,
  fields: TCustomField[],
  query: Record<string, unknown>,
): Expression<SqlBool>[] {
  return Object.entries(query)
    .filter(([key, value]) => key.startsWith('custom.') && typeof value === 'string')
    .map(([key, raw]) => {
      const field = fields.find((f) => f.key === key.slice(7));
      if (!field)
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: `querystring.${key}`, code: 'CUSTOM_VALUE_INVALID' }],
        });
      const text = String(raw);
      if (field.type === 'multiSelect') {
        return isPostgres(db)
          ? sql<SqlBool>`(customers.custom->${field.key}) ? ${text}`
          : sql<SqlBool>`exists (select 1 from json_each(customers.custom, ${`$.${field.key}`}) where value = ${text})`;
      }
      const value =
        field.type === 'number' || field.type === 'money'
          ? Number(text)
          : field.type === 'checkbox'
            ? text === 'true'
            : text;
      return sql<SqlBool>`${customValueExpr(db, field)} = ${customValueParam(db, value)}`;
    });
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
