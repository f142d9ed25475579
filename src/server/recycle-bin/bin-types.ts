import { attachmentBin } from '../attachments/attachment.bin';
import { contactBin } from '../contacts/contact.bin';
import { contractBin } from '../contracts/contract.bin';
import { invoiceBin } from '../contracts/invoice.bin';
import { customerBin } from '../customers/customer.bin';
import { dealBin } from '../deals/deal.bin';
import { followUpBin } from '../follow-ups/follow-up.bin';
import { installmentBin } from '../projects/installment.bin';
import { milestoneBin } from '../projects/milestone.bin';
import { paymentBin } from '../projects/payment.bin';
import { projectBin } from '../projects/project.bin';
import { taskBin } from '../tasks/task.bin';
import { userBin } from '../users/user.bin';
import type { BinType } from './bin-type';

/** Every kind of record that can sit in the recycle bin; modules add theirs here. */
export const BIN_TYPES: readonly BinType[] = [
  customerBin,
  contactBin,
  followUpBin,
  taskBin,
  userBin,
  attachmentBin,
  dealBin,
  contractBin,
  invoiceBin,
  projectBin,
  milestoneBin,
  installmentBin,
  paymentBin,
];
