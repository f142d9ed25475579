import { now } from '../clock';
import { todayIn } from '../../domain/dates';
import { refreshFollowUpFields } from '../follow-ups/follow-up-fields';
import type { TCustomer, TUpdateCustomerInput } from '../../domain/customer';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import { conflictOrNotFound } from '../http/concurrency';
import { AppError, notFound } from '../http/errors';
import { FieldErrors } from '../http/field-errors';
import { recordUpdate } from '../history/history.service';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import type { Reader } from './customer-context';
import { customerFields } from './customer-input';
import { indexCustomer } from './customer-search';
import * as repo from './customer.repository';
import { checkLinks, CUSTOMER_ENTITY, getCustomer, resolveTags, serialize } from './customer.service';
import { assertNoDuplicates } from './duplicates.service';
import { checkCustomValues, listCustomFields } from '../custom-fields/custom-field.service';
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
      if (input.custom !== undefined) {
        fields.custom = checkCustomValues(
          await listCustomFields(trx, scope),
          before?.custom ?? {},
          input.custom,
          errors,
          false,
        );
      }
      await checkLinks(trx, reader, fields, id, errors);
      errors.throwIfAny();
      if (fields.owner_id !== undefined && fields.owner_id !== current.owner_id)
        fields.owner_since = fields.owner_id ? todayIn(settings.timeZone, now()) : null;
      // A new name or credit code is checked for duplicates as on create.
      const renamed =
        (fields.name !== undefined && fields.name !== current.name) ||
        (fields.credit_code != null && fields.credit_code !== current.credit_code);
      if (renamed) {
        await assertNoDuplicates(trx, scope, confirmed, {
          excludeId: id,
          ...(fields.name !== undefined && { name: fields.name }),
          ...(fields.credit_code && { creditCode: fields.credit_code }),
        });
      }
      const row = await repo.updateCustomerRow(
        trx,
        scope,
        id,
        input.version,
        repo.encodeCustomerFields(trx, fields),
      );
      if (!row)
        throw await conflictOrNotFound(
          () => repo.findCustomerRow(trx, scope, id),
          (r) => r,
        );
      if (tags) await repo.replaceTags(trx, scope.workspaceId, id, tags);
      if (fields.name !== undefined) await indexCustomer(trx, id);
      // Grade, stage and tags choose the cadence.
      await refreshFollowUpFields(trx, scope.workspaceId, settings, [id], { followUps: false });
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
