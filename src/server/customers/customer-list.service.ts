import { now } from '../clock';
import { sql, type Expression, type SqlBool } from 'kysely';
import type { TCustomField } from '../../domain/custom-fields';
import type { TCustomer } from '../../domain/customer';
import { todayIn } from '../../domain/dates';
import { listCustomFields } from '../custom-fields/custom-field.service';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { isPostgres } from '../db/dialect';
import type { DB } from '../db/schema';
import { loadDictionaries, type Dictionaries } from '../dictionaries/dictionary.service';
import { AppError } from '../http/errors';
import type { Page } from '../http/pagination';
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
import { countTotal, totalQuery } from './customer-total';
import { serialize } from './customer.service';
import type { CustomerRow } from './customer.table';

export async function listCustomers(
  db: DB,
  reader: Reader,
  query: TCustomerListQuery,
  /** `custom.<key>=value` parameters, read from the raw query string (the schema knows no custom keys). */
  custom: Record<string, string> = {},
): Promise<Page<TCustomer>> {
  const { spec, filters, conditions, matching } = await matchingCustomers(db, reader, query, custom);
  const rows: CustomerRow[] = [];
  for (const part of pageCustomers(matching.selectAll('customers'), spec, query.cursor, query.limit + 1)) {
    rows.push(...(await part.execute()));
    if (rows.length > query.limit) break;
  }
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: await serialize(db, reader, page),
    nextCursor: rows.length > query.limit && last ? cursorAfter(last, spec) : null,
    // A first page that holds every match is its own count.
    ...(!query.cursor && rows.length <= query.limit
      ? { total: rows.length, totalCapped: false }
      : await countTotal(totalQuery(db, reader.scope, filters, conditions.length > 0, matching))),
  };
}

/** The customers a list query matches, as the caller may see them, with the sort it asks for. */
async function matchingCustomers(
  db: DB,
  reader: Reader,
  query: TCustomerListQuery,
  custom: Record<string, string>,
) {
  const [dicts, customFields] = await Promise.all([
    loadDictionaries(db, reader.scope),
    listCustomFields(db, reader.scope),
  ]);
  const spec = resolveSort(db, query.sort, customFields, !!query.q);
  const filters = await withCalendar(db, reader, resolveFilterKeys(dicts, query, reader));
  let matching = filterCustomers(db, scopeCustomers(db.selectFrom('customers'), reader.scope), filters);
  const conditions = customFilters(db, customFields, custom);
  for (const condition of conditions) matching = matching.where(condition);
  return { spec, filters, conditions, matching };
}

/**
 * Every customer a list query matches, page after page in the list's order, serialized (and masked) as the list
 * answers them: an export walks a million this way, holding one page.
 */
export async function* allCustomerPages(
  db: DB,
  reader: Reader,
  query: TCustomerListQuery,
  custom: Record<string, string> = {},
  pageSize = 500,
): AsyncGenerator<TCustomer[]> {
  const { spec, matching } = await matchingCustomers(db, reader, query, custom);
  let cursor = query.cursor;
  for (;;) {
    const rows: CustomerRow[] = [];
    for (const part of pageCustomers(matching.selectAll('customers'), spec, cursor, pageSize - rows.length)) {
      rows.push(...(await part.execute()));
      if (rows.length >= pageSize) break;
    }
    if (!rows.length) return;
    yield await serialize(db, reader, rows.slice(0, pageSize));
    if (rows.length < pageSize) return;
    cursor = cursorAfter(rows[pageSize - 1]!, spec);
  }
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

/**
 * Health and due filters are day ranges counted from the workspace's today with its thresholds; the created-on
 * filter is the workspace's days, so its time zone draws the lines.
 */
export async function withCalendar(
  db: DB,
  reader: Reader,
  filters: TCustomerListQuery,
): Promise<TCustomerListQuery> {
  if (!filters.health && !filters.due && !filters.createdFrom && !filters.createdTo) return filters;
  const settings = await loadWorkspaceSettings(db, reader.scope.workspaceId);
  return {
    ...filters,
    calendar: {
      today: todayIn(settings.timeZone, now()),
      health: settings.health,
      timeZone: settings.timeZone,
    },
  };
}

/** List filters accept labels too (?sourceChannel=微信); `ownerId=me` is the caller. Unknown values match nothing. */
export function resolveFilterKeys(
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
