import { z } from 'zod';
import {
  ZCreateInstallmentInput,
  ZCreateMilestoneInput,
  ZCreatePaymentInput,
  ZCreateProjectInput,
  type TCreateMilestoneInput,
  type TCreateProjectInput,
} from '../../domain/project';
import { createInstallment, deleteInstallment, INSTALLMENT_ENTITY } from '../projects/installment.service';
import { createMilestone, deleteMilestone, MILESTONE_ENTITY } from '../projects/milestone.service';
import { addPayment } from '../projects/payment.service';
import { createProject, deleteProject, PROJECT_ENTITY } from '../projects/project.service';
import { defined, keyOf, liveKeys, number, refIds, text, type RecordKind } from './record-kind';

const projectField = (path: string, renamed: Record<string, string> = {}) => {
  const [first = ''] = path.split('.');
  return renamed[first] ?? first;
};

/**
 * 交付看板 rows: a project of the customer with its contract amount, 交付状态, dates, owner and notes (已收金额 is
 * not read: it is the sum of the payments). A live project of the customer with the same name is the same project.
 */
export const projectImport: RecordKind<TCreateProjectInput> = {
  entity: PROJECT_ENTITY,
  schema: ZCreateProjectInput,
  input: (values, refs) =>
    defined({
      customerId: refs.customerId,
      name: text(values, 'name'),
      contractAmount: number(values, 'contractAmount'),
      status: text(values, 'status'),
      startDate: text(values, 'startDate'),
      expectedEnd: text(values, 'expectedEnd'),
      ownerId: text(values, 'ownerId'),
      notes: text(values, 'notes'),
    }),
  fieldOf: (path) => projectField(path, { customerId: 'customer' }),
  key: (values, refs) => keyOf(refs.customerId, text(values, 'name')),
  existing: (db, rows) => liveKeys(db, 'projects', 'customer_id', 'name', refIds(rows, 'customerId')),
  create: async (trx, reader, input) => (await createProject(trx, reader, input)).id,
  remove: (trx, reader, id) => deleteProject(trx, reader, id),
};

const ZMilestoneRow = z.object({ projectId: z.string(), milestone: ZCreateMilestoneInput });

/**
 * 交付里程碑详情 rows: each a milestone of its project (numbered M1, M2 … in the order they come), with planned and
 * actual dates, deliverables and the delay reason. The same content on the same project is the same milestone.
 */
export const milestoneImport: RecordKind<{ projectId: string; milestone: TCreateMilestoneInput }> = {
  entity: MILESTONE_ENTITY,
  schema: ZMilestoneRow,
  input: (values, refs) => ({
    projectId: refs.projectId,
    milestone: defined({
      content: text(values, 'content'),
      plannedDate: text(values, 'plannedDate'),
      actualDate: text(values, 'actualDate'),
      deliverables: text(values, 'deliverables'),
      delayReason: text(values, 'delayReason'),
    }),
  }),
  fieldOf: (path) => projectField(path.replace(/^milestone\./u, ''), { projectId: 'project' }),
  key: (values, refs) => keyOf(refs.projectId, text(values, 'content')),
  existing: (db, rows) => liveKeys(db, 'milestones', 'project_id', 'content', refIds(rows, 'projectId')),
  create: async (trx, reader, input) =>
    (await createMilestone(trx, reader, input.projectId, input.milestone)).id,
  remove: (trx, reader, id) => deleteMilestone(trx, reader, id),
};

const ZInstallmentRow = z.object({
  projectId: z.string(),
  installment: ZCreateInstallmentInput,
  payment: ZCreatePaymentInput.optional(),
});

/**
 * 收款进度 rows: each an installment of its project, due on a date or on a milestone (M1 or its content); a row with
 * 实际收款日期 also records the payment (实收金额, else the whole amount due). The same name on the same project
 * is the same installment.
 */
export const installmentImport: RecordKind<z.infer<typeof ZInstallmentRow>> = {
  entity: INSTALLMENT_ENTITY,
  schema: ZInstallmentRow,
  input(values, refs) {
    const receivedDate = text(values, 'receivedDate');
    const receivedAmount = number(values, 'receivedAmount');
    return {
      projectId: refs.projectId,
      installment: defined({
        name: text(values, 'name'),
        amountDue: number(values, 'amountDue'),
        dueDate: text(values, 'dueDate'),
        milestoneId: refs.milestoneId,
      }),
      ...((receivedDate || receivedAmount !== undefined) && {
        payment: defined({
          amount: receivedAmount ?? number(values, 'amountDue'),
          date: receivedDate,
          note: text(values, 'note'),
        }),
      }),
    };
  },
  fieldOf(path) {
    const renamed: Record<string, string> = {
      projectId: 'project',
      milestoneId: 'milestone',
      'installment.milestoneId': 'milestone',
      'payment.amount': 'receivedAmount',
      'payment.date': 'receivedDate',
      'payment.note': 'note',
    };
    const [first = '', second = ''] = path.split('.');
    return renamed[`${first}.${second}`] ?? renamed[first] ?? (second || first);
  },
  key: (values, refs) => keyOf(refs.projectId, text(values, 'name')),
  existing: (db, rows) => liveKeys(db, 'installments', 'project_id', 'name', refIds(rows, 'projectId')),
  async create(trx, reader, input) {
    const installment = await createInstallment(trx, reader, input.projectId, input.installment);
    if (input.payment) await addPayment(trx, reader, installment.id, input.payment);
    return installment.id;
  },
  remove: (trx, reader, id) => deleteInstallment(trx, reader, id),
};
