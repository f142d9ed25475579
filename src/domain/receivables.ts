import { z } from 'zod';
import { INSTALLMENT_STATUSES } from './project';

const ZRef = z.object({ id: z.string(), name: z.string() });
const ZCustomerRef = z.object({ id: z.string(), name: z.string(), number: z.string() });

/** One open installment in the receivables view. */
export const ZReceivable = z.object({
  installment: z.object({ id: z.string(), name: z.string(), seq: z.number().int() }),
  project: z.object({ id: z.string(), number: z.string(), name: z.string() }),
  customer: ZCustomerRef,
  owner: ZRef,
  amountDue: z.number().int(),
  receivedAmount: z.number().int(),
  outstandingAmount: z.number().int(),
  effectiveDueDate: z.string().nullable(),
  status: z.enum(INSTALLMENT_STATUSES),
  daysOverdue: z.number().int(),
});
export type TReceivable = z.infer<typeof ZReceivable>;

/** What one customer still owes: everything open, and the part of it that is overdue. */
export const ZCustomerReceivable = z.object({
  customer: ZCustomerRef,
  owed: z.number().int(),
  overdue: z.number().int(),
  installments: z.number().int(),
  earliestDueDate: z.string().nullable(),
});
export type TCustomerReceivable = z.infer<typeof ZCustomerReceivable>;

const page = {
  nextCursor: z.string().nullable(),
  total: z.number().int(),
  totalCapped: z.boolean().optional(),
};
export const ZReceivablesPage = z.union([
  z.object({ view: z.literal('customer'), items: z.array(ZCustomerReceivable), ...page }),
  z.object({ view: z.enum(['due', 'week', 'overdue']), items: z.array(ZReceivable), ...page }),
]);
export type TReceivablesPage = z.infer<typeof ZReceivablesPage>;

const ZAmountCount = z.object({ amount: z.number().int(), count: z.number().int() });
/** The receivables view's header: all that is still owed, split as the lists split it; counts are installments. */
export const ZReceivablesSummary = z.object({
  overdue: ZAmountCount,
  /** Due from today to Sunday, not yet overdue. */
  week: ZAmountCount,
  owed: ZAmountCount.extend({ customers: z.number().int() }),
});
export type TReceivablesSummary = z.infer<typeof ZReceivablesSummary>;
