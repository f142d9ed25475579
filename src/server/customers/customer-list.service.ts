import type { TCustomer } from '../../domain/customer';
import type { DB } from '../db/schema';
import { loadDictionaries, type Dictionaries } from '../dictionaries/dictionary.service';
import { decodeCursor, type Page } from '../http/pagination';
import type { Reader } from './customer-context';
import {
  cursorAfter,
  filterCustomers,
  pageCustomers,
  scopeCustomers,
  type TCustomerListQuery,
} from './customer-list';
import { serialize } from './customer.service';
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
