import type { Updateable } from 'kysely';
import { isTermValid, type TCreateContractInput } from '../../domain/contract';
import { findDealRow } from '../deals/deal.repository';
import type { DB } from '../db/schema';
import type { FieldErrors } from '../http/field-errors';
import type { Scope } from '../http/policy';
import { findContractRow } from './contract.repository';
import type { ContractRow, ContractTable } from './contract.table';

type Fields = Partial<Omit<TCreateContractInput, 'customerId'>>;

/**
 * A deal or contract named on a record of this customer: it must be one the caller sees and of the same customer, or
 * the contract (or invoice) would show money against someone else's deal.
 */
export async function checkLinks(
  db: DB,
  scope: Scope,
  customerId: string,
  links: { dealId?: string | null | undefined; contractId?: string | null | undefined },
  errors: FieldErrors,
): Promise<ContractRow | undefined> {
  if (links.dealId) {
    const deal = await findDealRow(db, scope, links.dealId);
    if (!deal) errors.add('dealId', 'NOT_FOUND');
    else if (deal.customer_id !== customerId) errors.add('dealId', 'DEAL_NOT_OF_CUSTOMER');
  }
  if (!links.contractId) return undefined;
  const contract = await findContractRow(db, scope, links.contractId);
  if (!contract) errors.add('contractId', 'NOT_FOUND');
  else if (contract.customer_id !== customerId) errors.add('contractId', 'CONTRACT_NOT_OF_CUSTOMER');
  else return contract;
  return undefined;
}

/**
 * Checks a contract's fields (its deal, its term against what is stored) and returns its columns; every problem is
 * reported at once, with its field path. The number is the caller's business: generated or checked for uniqueness.
 */
export async function contractColumns(
  db: DB,
  scope: Scope,
  customerId: string,
  input: Fields,
  before: ContractRow | undefined,
  errors: FieldErrors,
): Promise<Updateable<ContractTable>> {
  await checkLinks(db, scope, customerId, { dealId: input.dealId }, errors);
  const start = input.startDate !== undefined ? input.startDate : (before?.start_date ?? null);
  const end = input.endDate !== undefined ? input.endDate : (before?.end_date ?? null);
  // The catalogue has no code for a reversed term: the end date is flagged, which points the form at it.
  if (!isTermValid(start, end)) errors.add('endDate', 'VALIDATION_FAILED');
  const columns: Updateable<ContractTable> = {};
  if (input.dealId !== undefined) columns.deal_id = input.dealId;
  if (input.number) columns.number = input.number;
  if (input.title !== undefined) columns.title = input.title;
  if (input.amount !== undefined) columns.amount = input.amount;
  if (input.signedDate !== undefined) columns.signed_date = input.signedDate;
  if (input.startDate !== undefined) columns.start_date = input.startDate;
  if (input.endDate !== undefined) columns.end_date = input.endDate;
  if (input.notes !== undefined) columns.notes = input.notes || null;
  return columns;
}
