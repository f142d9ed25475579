import { GRADES } from '../assessment';
import type { TDictionary } from '../dictionaries';
import { isEmail, normalizeEmail } from '../validators/email';
import { collapseSpaces, toHalfWidth } from '../validators/normalize';
import { classifyPhone, normalizePhone } from '../validators/phone';
import { parseImportAmount } from './import-amounts';
import { splitContact } from './import-contact';
import { parseImportDate, type CellValue } from './import-dates';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField, type TImportKind } from './import-fields';

export const IMPORT_PROBLEMS = [
  'required',
  'badDate',
  'badAmount',
  'badPhone',
  'badEmail',
  'badContact',
  'badGrade',
  'unknownValue',
  'unknownUser',
  'invalid',
  'tooLong',
  'badCreditCode',
  'creditCodeTaken',
  'duplicate',
  'unknownCustomer',
  'ambiguousCustomer',
  'unknownProject',
  'ambiguousProject',
  'unknownMilestone',
  /** Refused by the record's own rules when written; `error` names the rule (an error code). */
  'refused',
] as const;
export type TImportProblem = (typeof IMPORT_PROBLEMS)[number];

/** A problem of one cell (column null: a required field no column fills). */
export interface RowProblem {
  column: number | null;
  field: string;
  code: TImportProblem;
  value?: string;
  /** With `refused`: the error code of the rule the record broke. */
  error?: string;
}

/** What the server knows that a row needs: dictionary keys (after the person's own value mapping) and users. */
export interface RowLookups {
  today: string;
  dictionary(dictionary: TDictionary, label: string): string | undefined;
  user(nameOrEmail: string): string | undefined;
}

/** A value read from a cell: a string, a day, fen, a key, keys, or contact parts. */
export type ReadValue = string | number | string[] | Record<string, string>;

export interface ReadRow {
  values: Record<string, ReadValue>;
  problems: RowProblem[];
}

/** The text of a cell, or '' (a number as Excel shows it, a date as its day). */
export function cellText(cell: CellValue): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return collapseSpaces(String(cell));
}

export const isBlankRow = (cells: readonly CellValue[]) => cells.every((cell) => cellText(cell) === '');

/** Each kind's fields by key, built once (a row is read per line of a file of up to half a million). */
const FIELDS_BY_KEY = Object.fromEntries(
  Object.entries(IMPORT_FIELDS).map(([kind, fields]) => [kind, new Map(fields.map((f) => [f.key, f]))]),
) as Record<TImportKind, Map<string, ImportField>>;

/** One row of a sheet read through the mapping: each mapped cell parsed as its field wants, problems by cell. */
export function readRow(
  kind: TImportKind,
  mapping: ColumnMapping,
  cells: readonly CellValue[],
  lookups: RowLookups,
): ReadRow {
  const fields = FIELDS_BY_KEY[kind];
  const values: Record<string, ReadValue> = {};
  const problems: RowProblem[] = [];
  mapping.forEach((key, column) => {
    const field = key ? fields.get(key) : undefined;
    const cell = cells[column] ?? null;
    if (!field || cellText(cell) === '') return;
    const read = readCell(field, cell, lookups);
    if ('problem' in read)
      problems.push({ column, field: field.key, code: read.problem, value: cellText(cell) });
    else values[field.key] = read.value;
  });
  for (const field of fields.values()) {
    if (!field.required || values[field.key] !== undefined || problems.some((p) => p.field === field.key))
      continue;
    const column = mapping.indexOf(field.key);
    problems.push({ column: column >= 0 ? column : null, field: field.key, code: 'required' });
  }
  return { values, problems };
}

type CellRead = { value: ReadValue } | { problem: TImportProblem };

const ok = (value: ReadValue | null | undefined, problem: TImportProblem): CellRead =>
  value === null || value === undefined ? { problem } : { value };

function readCell(field: ImportField, cell: CellValue, lookups: RowLookups): CellRead {
  const text = cellText(cell);
  switch (field.type) {
    case 'text':
    case 'longText':
    case 'customer':
    case 'project':
      return { value: typeof cell === 'string' ? cell.trim() : text };
    case 'amount':
      return ok(parseImportAmount(cell), 'badAmount');
    case 'choice':
      return ok(field.choices?.[text.toLowerCase()], 'unknownValue');
    case 'wechat':
      return { value: toHalfWidth(text).trim() };
    case 'date':
      return ok(parseImportDate(cell, lookups.today), 'badDate');
    case 'amountRange':
      return ok(readAmountRange(text), 'badAmount');
    case 'phone': {
      const phone = normalizePhone(text);
      return ok(classifyPhone(phone) === 'invalid' ? null : phone, 'badPhone');
    }
    case 'email': {
      const email = normalizeEmail(text);
      return ok(isEmail(email) ? email : null, 'badEmail');
    }
    case 'contact':
      return ok(splitContact(text) as Record<string, string> | null, 'badContact');
    case 'dictionary':
      return ok(lookups.dictionary(field.dictionary!, text), 'unknownValue');
    case 'tags': {
      const keys = splitList(text).map((label) => lookups.dictionary('tag', label));
      return ok(keys.every(Boolean) ? (keys as string[]) : null, 'unknownValue');
    }
    case 'grade': {
      const grade = toHalfWidth(text).trim().toUpperCase().replace(/级$/u, '');
      return ok((GRADES as readonly string[]).includes(grade) ? grade : null, 'badGrade');
    }
    case 'user':
      return ok(lookups.user(text), 'unknownUser');
  }
}

/** The labels of a list cell: 重点客户、老客户 / VIP, 转介绍. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、;；/|]+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * 预算范围 as people write it: one amount, or two joined by -, ~, 至 or 到 (5-10万: the unit after the second counts for
 * both), as fen { min, max }.
 */
function readAmountRange(text: string): Record<string, string> | null {
  const [low = '', high, ...rest] = toHalfWidth(text).split(/\s*(?:-|~|～|至|到)\s*/u);
  if (rest.length) return null;
  if (high === undefined) {
    const one = parseImportAmount(low);
    return one === null ? null : { min: String(one), max: String(one) };
  }
  const unit = /(万元|万|元)$/u.exec(high)?.[1] ?? '';
  const min = parseImportAmount(/\D$/u.test(low) ? low : low + unit);
  const max = parseImportAmount(high);
  return min === null || max === null || min > max ? null : { min: String(min), max: String(max) };
}
