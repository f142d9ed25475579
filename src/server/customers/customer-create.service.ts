import { refreshFollowUpFields } from '../follow-ups/follow-up-fields';
import type { TCreateCustomerInput, TCustomer } from '../../domain/customer';
import { now as clockNow } from '../clock';
import { todayIn } from '../../domain/dates';
import { insertContacts, prepareContacts } from '../contacts/contact.service';
import { nowIso } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import { FieldErrors } from '../http/field-errors';
import { recordHistory } from '../history/history.service';
import { nextNumber } from '../numbering/numbering.service';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import type { Reader } from './customer-context';
import { customerFields } from './customer-input';
import { indexCustomer } from './customer-search';
import * as repo from './customer.repository';
import { checkLinks, CUSTOMER_ENTITY, getCustomer, resolveTags, serialize } from './customer.service';
import { assertNoDuplicates } from './duplicates.service';
import { checkCustomValues, listCustomFields } from '../custom-fields/custom-field.service';
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
    fields.owner_since = todayIn(settings.timeZone, clockNow());
    const tags = resolveTags(dicts, input.tags ?? [], errors);
    fields.custom = checkCustomValues(
      await listCustomFields(trx, scope),
      {},
      input.custom ?? {},
      errors,
      true,
    );
    await checkLinks(trx, reader, fields, null, errors);
    const contacts = input.contacts ?? [];
    const contactRows = prepareContacts(contacts, dicts, errors);
    errors.throwIfAny();
    await assertNoDuplicates(trx, scope, confirmed, {
      name: input.name,
      ...(fields.credit_code && { creditCode: fields.credit_code }),
      phones: contactRows.flatMap((c) => [c.mobile, c.phone]).filter((p): p is string => !!p),
      emails: contactRows.map((c) => c.email).filter((e): e is string => !!e),
      wechats: contactRows.map((c) => c.wechat).filter((w): w is string => !!w),
    });
    const industryCode = fields.industry ? dicts.find('industry', fields.industry)?.code : null;
    const number = await nextNumber(trx, scope.workspaceId, settings.customerNumberPattern, {
      date: todayIn(settings.timeZone, clockNow()),
      industry: industryCode,
    });
    const now = nowIso();
    const created = await repo.insertCustomerRow(trx, {
      ...newRecord(scope, now),
      ...repo.encodeCustomerFields(trx, { grade_manual: false, ...fields }),
      number,
      kind: fields.kind ?? 'company',
    });
    await repo.replaceTags(trx, scope.workspaceId, created.id, tags);
    await insertContacts(trx, scope, created.id, contactRows);
    await indexCustomer(trx, created.id);
    await refreshFollowUpFields(trx, scope.workspaceId, settings, [created.id], { followUps: false });
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
