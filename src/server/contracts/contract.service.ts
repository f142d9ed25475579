import {
  CONTRACT_NUMBER_PATTERN,
  type TContract,
  type TCreateContractInput,
  type TUpdateContractInput,
} from '../../domain/contract';
import { todayIn } from '../../domain/dates';
import { now } from '../clock';
import type { Reader } from '../customers/customer-context';
import { findCustomerRow } from '../customers/customer.repository';
import { nowIso } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { conflictOrNotFound } from '../http/concurrency';
import { notFound } from '../http/errors';
import { FieldErrors } from '../http/field-errors';
import { recordHistory, recordUpdate } from '../history/history.service';
import { nextNumber } from '../numbering/numbering.service';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { contractColumns } from './contract-input';
import { findContractRow, isContractNumberTaken, withContractNumber } from './contract.repository';
import { serializeContracts } from './contract.serializer';

export const CONTRACT_ENTITY = 'contract';

export async function getContract(db: DB, reader: Reader, id: string): Promise<TContract> {
  const row = await findContractRow(db, reader.scope, id);
  if (!row) throw notFound();
  const [contract] = await serializeContracts(db, reader, [row]);
  if (!contract) throw notFound();
  return contract;
}

/**
 * The next generated number not already typed in by hand: the counter knows only the numbers it gave, and the
 * unique index would otherwise refuse a create that had no number of its own to blame.
 */
async function freeNumber(db: DB, workspaceId: string): Promise<string> {
  const { timeZone } = await loadWorkspaceSettings(db, workspaceId);
  const date = todayIn(timeZone, now());
  for (;;) {
    const number = await nextNumber(db, workspaceId, CONTRACT_NUMBER_PATTERN, { date });
    if (!(await isContractNumberTaken(db, workspaceId, number))) return number;
  }
}

export async function createContract(
  db: DB,
  reader: Reader,
  input: TCreateContractInput,
): Promise<TContract> {
  const { scope } = reader;
  const id = await db.transaction().execute(async (trx) => {
    const errors = new FieldErrors();
    const customer = await findCustomerRow(trx, scope, input.customerId);
    if (!customer) errors.add('customerId', 'NOT_FOUND');
    const columns = await contractColumns(trx, scope, input.customerId, input, undefined, errors);
    errors.throwIfAny();
    const number = input.number || (await freeNumber(trx, scope.workspaceId));
    const row = await withContractNumber(() =>
      trx
        .insertInto('contracts')
        .values({
          ...newRecord(scope),
          customer_id: input.customerId,
          deal_id: columns.deal_id ?? null,
          number,
          title: input.title,
          amount: input.amount,
          signed_date: columns.signed_date ?? null,
          start_date: columns.start_date ?? null,
          end_date: columns.end_date ?? null,
          notes: columns.notes ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    const [created] = await serializeContracts(trx, reader, [row]);
    await recordHistory(trx, scope, {
      entityType: CONTRACT_ENTITY,
      entityId: row.id,
      action: 'create',
      changes: created ?? {},
    });
    return row.id;
  });
  return getContract(db, reader, id);
}

export async function updateContract(
  db: DB,
  reader: Reader,
  id: string,
  input: TUpdateContractInput,
): Promise<TContract> {
  const { scope } = reader;
  await db.transaction().execute(async (trx) => {
    const before = await findContractRow(trx, scope, id);
    if (!before) throw notFound();
    const errors = new FieldErrors();
    const { version, ...fields } = input;
    const columns = await contractColumns(trx, scope, before.customer_id, fields, before, errors);
    errors.throwIfAny();
    const row = await withContractNumber(() =>
      trx
        .updateTable('contracts')
        .set({ ...columns, version: version + 1, updated_at: nowIso(), updated_by: scope.userId || null })
        .where('id', '=', id)
        .where('version', '=', version)
        .where('deleted_at', 'is', null)
        .returningAll()
        .executeTakeFirst(),
    );
    if (!row) {
      const current = await findContractRow(trx, scope, id);
      const [shown] = current ? await serializeContracts(trx, reader, [current]) : [];
      throw await conflictOrNotFound(
        async () => shown,
        (contract) => contract,
      );
    }
    const [was, is] = await serializeContracts(trx, reader, [before, row]);
    if (was && is) await recordUpdate(trx, scope, CONTRACT_ENTITY, id, was, is);
  });
  return getContract(db, reader, id);
}

/** To the recycle bin: its files are out of sight until it comes back; its invoices stay where they are. */
export async function deleteContract(db: DB, reader: Reader, id: string): Promise<void> {
  const { scope } = reader;
  await db.transaction().execute(async (trx) => {
    const row = await findContractRow(trx, scope, id);
    if (!row) throw notFound();
    await trx
      .updateTable('contracts')
      .set({ deleted_at: nowIso(), deleted_by: scope.userId || null, version: row.version + 1 })
      .where('id', '=', id)
      .execute();
    await recordHistory(trx, scope, {
      entityType: CONTRACT_ENTITY,
      entityId: id,
      action: 'delete',
      changes: {},
    });
  });
}
