import type { TDictionary } from '../dictionaries';

/** What a file brings in: customers, or records of customers (follow-ups, deals) and of their projects. */
export const IMPORT_KINDS = [
  'customers',
  'followUps',
  'deals',
  'projects',
  'milestones',
  'installments',
] as const;
export type TImportKind = (typeof IMPORT_KINDS)[number];

/**
 * How a column's cells are read: `contact` is a 联系方式 cell that may hold a phone, an e-mail and a WeChat id at once
 * (电话：… / 邮箱：…), split by what each piece looks like; `customer` and `project` name a record by its name or
 * number; `choice` is one of a fixed list, named in either language.
 */
export type FieldType =
  | 'text'
  | 'longText'
  | 'date'
  | 'amount'
  | 'amountRange'
  | 'phone'
  | 'email'
  | 'wechat'
  | 'contact'
  | 'dictionary'
  | 'tags'
  | 'grade'
  | 'user'
  | 'customer'
  | 'project'
  | 'choice';

export interface ImportField {
  key: string;
  type: FieldType;
  dictionary?: TDictionary;
  /** A choice's values by the words people write for them (both languages, lower case). */
  choices?: Readonly<Record<string, string>>;
  required?: boolean;
  /** Headers that name it, Chinese as the seeds and people's sheets write them, then English. */
  headers: readonly string[];
}

export const f = (
  key: string,
  type: FieldType,
  headers: string[],
  extra: Partial<ImportField> = {},
): ImportField => ({
  key,
  type,
  headers,
  ...extra,
});
