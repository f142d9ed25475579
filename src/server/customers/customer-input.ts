import { gradeOf, scoreOf, type TAssessment } from '../../domain/assessment';
import type { TCreateCustomerInput, TUpdateCustomerInput } from '../../domain/customer';
import type { TDictionary } from '../../domain/dictionaries';
import { checkCreditCode, normalizeCreditCode } from '../../domain/validators/credit-code';
import { comparableCompanyName } from '../../domain/validators/company-name';
import { toHalfWidth } from '../../domain/validators/normalize';
import type { Dictionaries } from '../dictionaries/dictionary.service';
import type { FieldErrors } from '../http/field-errors';
import type { WorkspaceSettings } from '../workspaces/workspace-settings';
import type { CustomerTable } from './customer.table';
import { sortNameOf } from './sort-name';

type Input = Omit<Partial<TCreateCustomerInput>, 'contacts'> | Omit<TUpdateCustomerInput, 'version'>;

/** The row columns a create or an update sets (JSON columns still as values; the repository encodes them). */
export interface CustomerFields {
  kind?: CustomerTable['kind'];
  name?: string;
  name_key?: string;
  sort_name?: string;
  credit_code?: string | null;
  industry?: string | null;
  company_size?: string | null;
  province?: string | null;
  city?: string | null;
  district?: string | null;
  address?: string | null;
  source_channel?: string | null;
  referrer_id?: string | null;
  type?: string | null;
  status?: string | null;
  stage?: string | null;
  owner_id?: string | null;
  /** Set with a new owner: the 公海 reclaim counts from it when they never follow up. */
  owner_since?: string | null;
  parent_id?: string | null;
  first_contact_date?: string | null;
  established_date?: string | null;
  notes?: string | null;
  assessment?: TAssessment;
  needs?: Record<string, unknown>;
  custom?: Record<string, unknown>;
  score?: number | null;
  grade?: CustomerTable['grade'];
  grade_manual?: boolean;
}

const DICTIONARY_FIELDS = [
  ['industry', 'industry', 'industry'],
  ['companySize', 'company_size', 'companySize'],
  ['sourceChannel', 'source_channel', 'sourceChannel'],
  ['type', 'type', 'customerType'],
  ['status', 'status', 'customerStatus'],
  ['stage', 'stage', 'customerStage'],
] as const satisfies readonly (readonly [keyof Input, keyof CustomerFields, TDictionary])[];

const TEXT_FIELDS = [
  ['province', 'province'],
  ['city', 'city'],
  ['district', 'district'],
  ['address', 'address'],
  ['notes', 'notes'],
  ['firstContactDate', 'first_contact_date'],
  ['establishedDate', 'established_date'],
  ['referrerId', 'referrer_id'],
  ['parentId', 'parent_id'],
  ['ownerId', 'owner_id'],
] as const satisfies readonly (readonly [keyof Input, keyof CustomerFields])[];

/** The distinctive core of a name for duplicate checks: company names lose city and legal form, people's spaces. */
export function nameKeyOf(kind: CustomerTable['kind'], name: string): string {
  return kind === 'company'
    ? comparableCompanyName(name)
    : toHalfWidth(name).replace(/\s+/g, '').toLowerCase();
}

/**
 * Turns a validated create or update into columns: dictionary values to keys, the credit code normalised and
 * checked (a failed check digit is a warning the person may confirm), score and grade recomputed.
 */
export function customerFields(
  input: Input,
  current: {
    kind: CustomerTable['kind'];
    name: string;
    assessment: TAssessment;
    grade_manual: boolean;
  } | null,
  context: {
    dicts: Dictionaries;
    settings: WorkspaceSettings;
    errors: FieldErrors;
    confirmed: ReadonlySet<string>;
  },
): CustomerFields {
  const { dicts, settings, errors } = context;
  const out: CustomerFields = {};
  if (input.kind !== undefined) out.kind = input.kind;
  if (input.name !== undefined) out.name = input.name;
  const kind = out.kind ?? current?.kind ?? 'company';
  const name = out.name ?? current?.name;
  if (name !== undefined && (out.name !== undefined || out.kind !== undefined)) {
    out.name_key = nameKeyOf(kind, name);
    out.sort_name = sortNameOf(name);
  }
  for (const [field, column] of TEXT_FIELDS) {
    const value = input[field];
    if (value !== undefined) out[column] = value === null || value === '' ? null : value;
  }
  for (const [field, column, dictionary] of DICTIONARY_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    if (value === null) {
      out[column] = null;
      continue;
    }
    const key = dicts.resolve(dictionary, value);
    if (!key) errors.add(field, 'UNKNOWN_DICTIONARY_VALUE');
    out[column] = key ?? null;
  }
  if (input.creditCode !== undefined)
    out.credit_code = creditCode(input.creditCode, errors, context.confirmed);
  if (input.needs !== undefined) out.needs = input.needs;
  const assessment = input.assessment ?? current?.assessment ?? {};
  if (input.assessment !== undefined) out.assessment = input.assessment;
  const score = scoreOf(assessment, settings.scoring);
  if (input.grade !== undefined) {
    out.grade_manual = input.grade !== null;
    out.grade = input.grade ?? gradeOf(score, settings.scoring);
  } else if (input.assessment !== undefined && !current?.grade_manual) {
    out.grade = gradeOf(score, settings.scoring);
  }
  if (input.assessment !== undefined || !current) out.score = score;
  if (!current && out.grade === undefined) out.grade = gradeOf(score, settings.scoring);
  return out;
}

function creditCode(raw: string | null, errors: FieldErrors, confirmed: ReadonlySet<string>): string | null {
  if (raw === null || raw.trim() === '') return null;
  const code = normalizeCreditCode(raw);
  const check = checkCreditCode(code);
  if (check === 'bad_format') errors.add('creditCode', 'CREDIT_CODE_INVALID');
  if (check === 'bad_check_digit' && !confirmed.has('creditCodeCheckDigit'))
    errors.add('creditCode', 'CREDIT_CODE_CHECK_DIGIT');
  return code;
}
