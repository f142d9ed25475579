import { sql } from 'kysely';
import { scopeCustomers } from '../customers/customer-list';
import { isUniqueViolation } from '../db/dialect';
import type { DB } from '../db/schema';
import { AppError } from '../http/errors';
import type { Scope } from '../http/policy';
import type { ContractRow, InvoiceRow } from './contract.table';

/**
 * Contracts of the customers the caller may see (a sales member's own and shared ones), in use or in the recycle
 * bin. Correlated, as visibleFollowUps is: one lookup of the customer per contract read.
 */
export function visibleContracts(db: DB, scope: Scope, inBin = false) {
  return db
    .selectFrom('contracts')
    .where('contracts.workspace_id', '=', scope.workspaceId)
    .where('contracts.deleted_at', inBin ? 'is not' : 'is', null)
    .where((eb) =>
      eb.exists(
        scopeCustomers(db.selectFrom('customers').select('customers.id'), scope).where(
          'customers.id',
          '=',
          sql.ref<string>('contracts.customer_id'),
        ),
      ),
    );
}

export async function findContractRow(db: DB, scope: Scope, id: string): Promise<ContractRow | undefined> {
  return visibleContracts(db, scope).selectAll('contracts').where('contracts.id', '=', id).executeTakeFirst();
}

/** Invoices of the customers the caller may see, like contracts. */
export function visibleInvoices(db: DB, scope: Scope, inBin = false) {
  return db
    .selectFrom('invoices')
    .where('invoices.workspace_id', '=', scope.workspaceId)
    .where('invoices.deleted_at', inBin ? 'is not' : 'is', null)
    .where((eb) =>
      eb.exists(
        scopeCustomers(db.selectFrom('customers').select('customers.id'), scope).where(
          'customers.id',
          '=',
          sql.ref<string>('invoices.customer_id'),
        ),
      ),
    );
}

export async function findInvoiceRow(db: DB, scope: Scope, id: string): Promise<InvoiceRow | undefined> {
  return visibleInvoices(db, scope).selectAll('invoices').where('invoices.id', '=', id).executeTakeFirst();
}

/**
 * Live invoices of a page of contracts, oldest first, by contract; the contracts are already scoped. Narrowed by
 * customer too, so the read goes through invoices_customer_idx (there is no index on contract_id).
 */
export async function invoicesOfContracts(
  db: DB,
  workspaceId: string,
  contracts: readonly Pick<ContractRow, 'id' | 'customer_id'>[],
): Promise<Map<string, InvoiceRow[]>> {
  const byContract = new Map<string, InvoiceRow[]>();
  if (contracts.length === 0) return byContract;
  const rows = await db
    .selectFrom('invoices')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('customer_id', 'in', [...new Set(contracts.map((c) => c.customer_id))])
    .where('contract_id', 'in', [...new Set(contracts.map((c) => c.id))])
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const key = row.contract_id ?? '';
    byContract.set(key, [...(byContract.get(key) ?? []), row]);
  }
  return byContract;
}

/** Whether a contract number is in use in the workspace, in the bin or not (the unique index counts both). */
export async function isContractNumberTaken(db: DB, workspaceId: string, number: string): Promise<boolean> {
  const row = await db
    .selectFrom('contracts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('number', '=', number)
    .executeTakeFirst();
  return row !== undefined;
}

/** Runs a write and turns the unique index on (workspace, number) into the domain's code. */
export async function withContractNumber<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('CONTRACT_NUMBER_TAKEN', {
        fields: [{ path: 'number', code: 'CONTRACT_NUMBER_TAKEN' }],
        cause: error,
      });
    throw error;
  }
}
