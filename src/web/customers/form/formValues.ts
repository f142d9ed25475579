import dayjs, { type Dayjs } from 'dayjs';
import { ASSESSMENT_DIMENSIONS, type TAssessment, type TGrade } from '../../../domain/assessment';
import type { TContactInput } from '../../../domain/contact';
import type { TCreateCustomerInput, TCustomer, TUpdateCustomerInput } from '../../../domain/customer';
import type { TCustomField } from '../../../domain/custom-fields';
import { toFen, toYuan } from '../money';
import { customToApi, customToForm } from './customValues';

export interface TContactValues {
  id?: string;
  name?: string;
  title?: string;
  mobile?: string;
  phone?: string;
  email?: string;
  wechat?: string;
  role?: string;
  isPrimary?: boolean;
  dataSource?: string;
}

/** The form's shape: the API's field paths (so server errors land on the right field), people's units. */
export interface TFormValues {
  kind: 'company' | 'person';
  name?: string;
  creditCode?: string;
  industry?: string;
  companySize?: string;
  province?: string;
  city?: string;
  district?: string;
  address?: string;
  sourceChannel?: string;
  referrerId?: string;
  type?: string;
  status?: string;
  stage?: string;
  grade: TGrade | 'auto';
  ownerId?: string;
  parentId?: string;
  firstContactDate?: Dayjs | null;
  establishedDate?: Dayjs | null;
  notes?: string;
  tags?: string[];
  needs?: {
    coreNeed?: string;
    painPoints?: string;
    /** 元 in the form, fen in the API. */
    budgetMin?: number | null;
    budgetMax?: number | null;
    expectedDelivery?: Dayjs | null;
    decisionMaker?: string;
    competition?: string;
    needKeywords?: string[];
    priority?: 'high' | 'medium' | 'low';
  };
  assessment?: Partial<Record<(typeof ASSESSMENT_DIMENSIONS)[number], number>>;
  contacts?: TContactValues[];
  /** 自定义字段, as the form holds them (see customValues.ts). */
  custom?: Record<string, unknown>;
}

const text = (v: string | undefined | null) => (v && v.trim() ? v.trim() : null);
const date = (v: Dayjs | null | undefined) => (v ? v.format('YYYY-MM-DD') : null);
const day = (v: string | null | undefined) => (v ? dayjs(v) : null);

export function assessmentOf(values: TFormValues['assessment']): TAssessment {
  return Object.fromEntries(ASSESSMENT_DIMENSIONS.map((d) => [d, values?.[d] ? values[d] : null]));
}

function contactInput(c: TContactValues): TContactInput {
  return {
    name: c.name?.trim() ?? '',
    title: text(c.title),
    mobile: text(c.mobile),
    phone: text(c.phone),
    email: text(c.email),
    wechat: text(c.wechat),
    role: c.role ?? null,
    isPrimary: !!c.isPrimary,
    dataSource: c.dataSource ?? null,
  };
}

/** Every customer field the form edits, as the API takes it (contacts apart). */
function fieldsOf(v: TFormValues): Omit<TCreateCustomerInput, 'contacts'> {
  const n = v.needs ?? {};
  return {
    kind: v.kind,
    name: v.name?.trim() ?? '',
    creditCode: v.kind === 'company' ? text(v.creditCode) : null,
    industry: v.industry ?? null,
    companySize: v.kind === 'company' ? (v.companySize ?? null) : null,
    province: text(v.province),
    city: text(v.city),
    district: text(v.district),
    address: text(v.address),
    sourceChannel: v.sourceChannel ?? null,
    referrerId: v.referrerId ?? null,
    type: v.type ?? null,
    status: v.status ?? null,
    stage: v.stage ?? null,
    grade: v.grade === 'auto' ? null : v.grade,
    ownerId: v.ownerId ?? null,
    parentId: v.parentId ?? null,
    firstContactDate: date(v.firstContactDate),
    establishedDate: v.kind === 'company' ? date(v.establishedDate) : null,
    notes: text(v.notes),
    tags: v.tags ?? [],
    needs: {
      coreNeed: text(n.coreNeed),
      painPoints: text(n.painPoints),
      budgetMin: toFen(n.budgetMin),
      budgetMax: toFen(n.budgetMax),
      expectedDelivery: date(n.expectedDelivery),
      decisionMaker: text(n.decisionMaker),
      competition: text(n.competition),
      needKeywords: n.needKeywords ?? [],
      priority: n.priority ?? null,
    },
    assessment: assessmentOf(v.assessment),
  };
}

export function toCreateInput(v: TFormValues, customFields: TCustomField[] = []): TCreateCustomerInput {
  const contacts = (v.contacts ?? []).map(contactInput);
  const custom = Object.fromEntries(
    Object.entries(customToApi(customFields, v.custom)).filter(([, value]) => value !== null),
  );
  return {
    ...fieldsOf(v),
    ...(contacts.length ? { contacts } : {}),
    ...(Object.keys(custom).length ? { custom } : {}),
  };
}

/** Only what changed since the form was opened, with the version it was opened at. */
export function toUpdateInput(
  v: TFormValues,
  original: TCustomer,
  customFields: TCustomField[] = [],
): TUpdateCustomerInput {
  const differs = (a: unknown, b: unknown) => JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);
  const now = fieldsOf(v) as Record<string, unknown>;
  const before = fieldsOf(fromCustomer(original)) as Record<string, unknown>;
  const changed = Object.fromEntries(
    Object.entries(now).filter(([key, value]) => differs(value, before[key])),
  );
  // Custom values are merged by the server: send only those that changed (null clears one).
  const custom = Object.fromEntries(
    Object.entries(customToApi(customFields, v.custom)).filter(([key, value]) =>
      differs(value, original.custom[key]),
    ),
  );
  return { ...changed, ...(Object.keys(custom).length ? { custom } : {}), version: original.version };
}

export function fromCustomer(c: TCustomer, customFields: TCustomField[] = []): TFormValues {
  return {
    custom: customToForm(customFields, c.custom),
    kind: c.kind,
    name: c.name,
    creditCode: c.creditCode ?? undefined,
    industry: c.industry?.key,
    companySize: c.companySize?.key,
    province: c.province ?? undefined,
    city: c.city ?? undefined,
    district: c.district ?? undefined,
    address: c.address ?? undefined,
    sourceChannel: c.sourceChannel?.key,
    referrerId: c.referrer?.id,
    type: c.type?.key,
    status: c.status?.key,
    stage: c.stage?.key,
    grade: c.gradeIsManual && c.grade ? c.grade : 'auto',
    ownerId: c.owner?.id,
    parentId: c.parent?.id,
    firstContactDate: day(c.firstContactDate),
    establishedDate: day(c.establishedDate),
    notes: c.notes ?? undefined,
    tags: c.tags.map((tag) => tag.key),
    needs: {
      coreNeed: c.needs.coreNeed ?? undefined,
      painPoints: c.needs.painPoints ?? undefined,
      budgetMin: toYuan(c.needs.budgetMin),
      budgetMax: toYuan(c.needs.budgetMax),
      expectedDelivery: day(c.needs.expectedDelivery),
      decisionMaker: c.needs.decisionMaker ?? undefined,
      competition: c.needs.competition ?? undefined,
      needKeywords: c.needs.needKeywords ?? [],
      priority: c.needs.priority ?? undefined,
    },
    assessment: Object.fromEntries(ASSESSMENT_DIMENSIONS.map((d) => [d, c.assessment[d] ?? 0])),
  };
}

export function newCustomerValues(ownerId: string): TFormValues {
  return {
    kind: 'company',
    grade: 'auto',
    ownerId,
    firstContactDate: dayjs(),
    tags: [],
    assessment: {},
    contacts: [{ isPrimary: true }],
  };
}
