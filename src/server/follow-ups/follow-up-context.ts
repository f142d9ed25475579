import { attachmentsOf } from '../attachments/attachment.repository';
import { customerRefs, userNames } from '../customers/customer.repository';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import { can } from '../http/policy';
import type { FollowUpContext } from './follow-up.serializer';
import type { FollowUpRow } from './follow-up.table';

/** Names of the people, customers and contacts of a page of follow-ups, in a handful of queries. */
export async function followUpContext(db: DB, reader: Reader, rows: FollowUpRow[]): Promise<FollowUpContext> {
  const { workspaceId } = reader.scope;
  const contactIds = [...new Set(rows.map((r) => r.contact_id).filter((id): id is string => !!id))];
  const [dicts, users, customers, contacts, attachments] = await Promise.all([
    loadDictionaries(db, reader.scope),
    userNames(
      db,
      workspaceId,
      rows.map((r) => r.user_id),
    ),
    customerRefs(
      db,
      workspaceId,
      rows.map((r) => r.customer_id),
    ),
    contactIds.length
      ? db.selectFrom('contacts').select(['id', 'name']).where('id', 'in', contactIds).execute()
      : Promise.resolve([]),
    attachmentsOf(
      db,
      workspaceId,
      'followUp',
      rows.map((r) => r.id),
    ),
  ]);
  return {
    dicts,
    users,
    customers,
    contacts: new Map(contacts.map((c) => [c.id, c.name])),
    attachments,
    locale: reader.locale,
    masked: !can(reader.actor, 'personalData.view'),
  };
}
