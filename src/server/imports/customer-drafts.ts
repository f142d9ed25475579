import { ZCreateCustomerInput, type TCreateCustomerInput } from '../../domain/customer';
import type { TContactInput } from '../../domain/contact';
import type { CellValue } from '../../domain/import/import-dates';
import type { ColumnMapping } from '../../domain/import/import-fields';
import type { ReadRow, RowProblem, TImportProblem } from '../../domain/import/import-rows';
import { classifyPhone } from '../../domain/validators/phone';
import { prepareContacts } from '../contacts/contact.service';
import type { ContactFields } from '../contacts/contact-input';
import type { Dictionaries } from '../dictionaries/dictionary.service';
import { FieldErrors } from '../http/field-errors';
import type { WorkspaceSettings } from '../workspaces/workspace-settings';
import { customerFields, type CustomerFields } from '../customers/customer-input';

/** A customer row ready to write: its columns, contacts and tags, and the keys duplicates are found by. */
export interface CustomerDraft {
  line: number;
  cells: CellValue[];
  fields: CustomerFields;
  contacts: ContactFields[];
  tags: string[];
}

type Values = Record<string, ReadRow['values'][string]>;

const text = (values: Values, key: string) =>
  typeof values[key] === 'string' ? (values[key] as string) : undefined;

/**
 * The create input a read row stands for: contact pieces gathered into one contact (named by the row, else after
 * the customer), a phone column split into mobile or landline by what the number is, 预算 into the needs.
 */
export function customerInput(values: Values): TCreateCustomerInput {
  const contact: Partial<TContactInput> = {};
  const parts = (values.contact ?? {}) as Record<string, string>;
  for (const key of ['mobile', 'phone', 'email', 'wechat'] as const)
    if (parts[key]) contact[key] = parts[key];
  const phone = text(values, 'mobile');
  if (phone) contact[classifyPhone(phone) === 'mobile' ? 'mobile' : 'phone'] = phone;
  if (text(values, 'email')) contact.email = text(values, 'email');
  if (text(values, 'wechat')) contact.wechat = text(values, 'wechat');
  if (text(values, 'contactTitle')) contact.title = text(values, 'contactTitle');
  const name = text(values, 'name') ?? '';
  const hasContact = Object.keys(contact).length > 0 || text(values, 'contactName');
  const budget = values.budget as { min: string; max: string } | undefined;
  const coreNeed = text(values, 'coreNeed');
  return {
    kind: 'company',
    name,
    ...(text(values, 'creditCode') && { creditCode: text(values, 'creditCode') }),
    ...pick(values, ['industry', 'companySize', 'sourceChannel', 'type', 'status', 'stage', 'ownerId']),
    ...pick(values, ['province', 'city', 'address', 'firstContactDate', 'notes']),
    ...(values.grade !== undefined && { grade: values.grade as 'A' }),
    ...(values.tags !== undefined && { tags: values.tags as string[] }),
    ...((budget || coreNeed) && {
      needs: {
        ...(coreNeed && { coreNeed }),
        ...(budget && { budgetMin: Number(budget.min), budgetMax: Number(budget.max) }),
      },
    }),
    ...(hasContact && { contacts: [{ name: text(values, 'contactName') ?? name, ...contact }] }),
  };
}

function pick(values: Values, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.flatMap((key) => (text(values, key) ? [[key, text(values, key)!]] : [])));
}

/** A field path of the create input back to the field (and so the column) the person mapped. */
function fieldOf(path: string): string {
  if (path.startsWith('contacts.0.')) {
    const field = path.slice('contacts.0.'.length);
    return field === 'name' ? 'contactName' : field === 'title' ? 'contactTitle' : field;
  }
  if (path.startsWith('needs.')) return path.includes('budget') ? 'budget' : 'coreNeed';
  return path.split('.')[0] ?? path;
}

/** Where a problem of `field` shows: its own column, else the 联系方式 column the contact came from. */
function columnOf(mapping: ColumnMapping, field: string): number | null {
  const own = mapping.indexOf(field);
  if (own >= 0) return own;
  const contact = mapping.indexOf('contact');
  return ['mobile', 'phone', 'email', 'wechat'].includes(field) && contact >= 0 ? contact : null;
}

const CODES: Record<string, TImportProblem> = {
  CREDIT_CODE_INVALID: 'badCreditCode',
  CREDIT_CODE_CHECK_DIGIT: 'badCreditCode',
  PHONE_INVALID: 'badPhone',
  EMAIL_INVALID: 'badEmail',
  UNKNOWN_DICTIONARY_VALUE: 'unknownValue',
};

/**
 * A read row checked as a create would check it (the same schema, the same field rules); problems name the
 * person's columns. A draft only when there are none.
 */
export function draftCustomer(
  line: number,
  cells: CellValue[],
  read: ReadRow,
  mapping: ColumnMapping,
  context: { dicts: Dictionaries; settings: WorkspaceSettings },
): { draft?: CustomerDraft; problems: RowProblem[] } {
  if (read.problems.length) return { problems: read.problems };
  const problem = (path: string, code: TImportProblem): RowProblem => {
    const field = fieldOf(path);
    return { column: columnOf(mapping, field), field, code };
  };
  const parsed = ZCreateCustomerInput.safeParse(customerInput(read.values));
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((issue) =>
        problem(issue.path.join('.'), issue.code === 'too_big' ? 'tooLong' : 'invalid'),
      ),
    };
  const errors = new FieldErrors();
  const input = parsed.data;
  const fields = customerFields(input, null, { ...context, errors, confirmed: new Set() });
  const contacts = prepareContacts(input.contacts ?? [], context.dicts, errors);
  const found = errors.list();
  if (found.length) return { problems: found.map((p) => problem(p.path, CODES[p.code] ?? 'invalid')) };
  return { draft: { line, cells, fields, contacts, tags: input.tags ?? [] }, problems: [] };
}
