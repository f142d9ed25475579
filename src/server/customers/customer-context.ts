import type { TLocale } from '../../domain/locale';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import { can, type Actor, type Scope } from '../http/policy';
import { contactsOf, customerRefs, tagsOf, userNames } from './customer.repository';
import type { CustomerContext } from './customer.serializer';
import type { CustomerRow } from './customer.table';

export interface Reader {
  actor: Actor;
  scope: Scope;
  locale: TLocale;
}

/** Loads what the serializer needs for these rows in a handful of queries, whatever the page size. */
export async function customerContext(db: DB, reader: Reader, rows: CustomerRow[]): Promise<CustomerContext> {
  const ids = rows.map((r) => r.id);
  const linked = rows.flatMap((r) => [r.parent_id, r.referrer_id]).filter((id): id is string => !!id);
  const [dicts, users, refs, tags, contacts] = await Promise.all([
    loadDictionaries(db, reader.scope),
    userNames(
      db,
      reader.scope.workspaceId,
      rows.map((r) => r.owner_id).filter((o): o is string => !!o),
    ),
    customerRefs(db, reader.scope.workspaceId, linked),
    tagsOf(db, ids),
    contactsOf(db, ids),
  ]);
  return {
    dicts,
    users,
    refs,
    tags,
    contacts,
    locale: reader.locale,
    masked: !can(reader.actor, 'personalData.view'),
  };
}
