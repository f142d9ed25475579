import dayjs, { type Dayjs } from 'dayjs';
import type { TCreateProjectInput, TProject, TProjectStatus } from '../../domain/project';
import { toFen, toYuan } from '../customers/money';

export interface MilestoneRowValues {
  content?: string;
  plannedDate?: Dayjs | null;
  deliverables?: string;
  delayReason?: string;
}

/** `due` is 'date' or the place of a milestone typed above ('1' for M1): bound rows go out as milestoneSeq. */
export interface InstallmentRowValues {
  name?: string;
  amountDue?: number | null;
  due?: string;
  dueDate?: Dayjs | null;
}

export interface ProjectValues {
  customerId?: string;
  name: string;
  ownerId?: string;
  contractAmount?: number | null;
  status?: TProjectStatus;
  startDate?: Dayjs | null;
  expectedEnd?: Dayjs | null;
  notes?: string;
  milestones?: MilestoneRowValues[];
  installments?: InstallmentRowValues[];
}

export const day = (value: string | null | undefined) => (value ? dayjs(value) : null);
export const dateText = (value: Dayjs | null | undefined) => value?.format('YYYY-MM-DD') ?? null;

export const projectValues = (p: TProject): ProjectValues => ({
  name: p.name,
  ownerId: p.owner.id,
  contractAmount: toYuan(p.contractAmount),
  status: p.status,
  startDate: day(p.startDate),
  expectedEnd: day(p.expectedEnd),
  notes: p.notes ?? '',
});

/** The fields an edit sends: everything shown, cleared ones as null. */
export function projectFields(v: ProjectValues) {
  return {
    name: v.name.trim(),
    ...(v.ownerId && { ownerId: v.ownerId }),
    contractAmount: toFen(v.contractAmount) ?? 0,
    ...(v.status && { status: v.status }),
    startDate: dateText(v.startDate),
    expectedEnd: dateText(v.expectedEnd),
    notes: v.notes?.trim() || null,
  };
}

/** A new project with the rows typed under it (the form requires each row's fields; row n is M(n)). */
export function newProjectInput(
  v: ProjectValues,
  fixed: { customerId?: string | undefined; dealId?: string | undefined },
): TCreateProjectInput {
  return {
    customerId: fixed.customerId ?? v.customerId ?? '',
    ...(fixed.dealId && { dealId: fixed.dealId }),
    ...projectFields(v),
    milestones: (v.milestones ?? []).map((m) => ({
      content: m.content?.trim() ?? '',
      plannedDate: dateText(m.plannedDate) ?? '',
      deliverables: m.deliverables?.trim() || null,
      ...(m.delayReason?.trim() && { delayReason: m.delayReason.trim() }),
    })),
    installments: (v.installments ?? []).map((i) => {
      const seq = i.due && i.due !== 'date' ? Number(i.due) : null;
      return {
        name: i.name?.trim() ?? '',
        amountDue: toFen(i.amountDue) ?? 0,
        ...(seq ? { milestoneSeq: seq } : { dueDate: dateText(i.dueDate) }),
      };
    }),
  };
}
