import { ZCreateDealInput, type TCreateDealInput } from '../../domain/deal';
import { createDeal, DEAL_ENTITY, deleteDeal } from '../deals/deal.service';
import { defined, keyOf, liveKeys, number, refIds, text, type RecordKind } from './record-kind';

/**
 * 商机 rows: title, stage (a stage of the default pipeline by name or key; a won stage goes through approval when
 * the workspace asks for it, like a deal moved by hand), owner, amounts and dates, loss reason. A live deal of the
 * same customer with the same title is the same deal.
 */
export const dealImport: RecordKind<TCreateDealInput> = {
  entity: DEAL_ENTITY,
  schema: ZCreateDealInput,
  input: (values, refs) =>
    defined({
      customerId: refs.customerId,
      title: text(values, 'title'),
      stage: text(values, 'stage'),
      ownerId: text(values, 'ownerId'),
      expectedAmount: number(values, 'expectedAmount'),
      expectedCloseDate: text(values, 'expectedCloseDate'),
      actualAmount: number(values, 'actualAmount'),
      closedDate: text(values, 'closedDate'),
      lossReason: text(values, 'lossReason'),
      notes: text(values, 'notes'),
    }),
  fieldOf: (path) => {
    const [first = ''] = path.split('.');
    return first === 'customerId' ? 'customer' : first === 'lines' ? 'expectedAmount' : first;
  },
  key: (values, refs) => keyOf(refs.customerId, text(values, 'title')),
  existing: (db, rows) => liveKeys(db, 'deals', 'customer_id', 'title', refIds(rows, 'customerId')),
  create: async (trx, reader, input) => (await createDeal(trx, reader, input)).id,
  remove: (trx, reader, id) => deleteDeal(trx, reader, id),
};
