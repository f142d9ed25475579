import type { z } from 'zod';
import type { ReadValue } from '../../domain/import/import-rows';
import { toHalfWidth } from '../../domain/validators/normalize';
import type { Reader } from '../customers/customer-context';
import type { Database, DB } from '../db/schema';

export type Values = Record<string, ReadValue>;

/** What a row's reference cells were found to be. */
export interface RowRefs {
  customerId?: string;
  projectId?: string;
  milestoneId?: string;
}

/**
 * A kind of record an import writes through its module's own create (the same checks, numbers, history, tasks
 * and reminders as one made by hand), each row on its own savepoint.
 */
export interface RecordKind<I = unknown> {
  /** import_records.entity, and the module's history entity. */
  entity: string;
  schema: z.ZodType<I>;
  /** The module's input for a row, before its schema checks it. */
  input(values: Values, refs: RowRefs, when: { timeZone: string; now: Date }): unknown;
  /** The import field a path of the input comes from (where a problem shows). */
  fieldOf(path: string): string;
  /** What makes two rows the same record (read from the row: the module's input may hold it differently). */
  key(values: Values, refs: RowRefs): string;
  /** The keys of the live records that these rows would repeat. */
  existing(db: DB, rows: readonly { values: Values; refs: RowRefs }[]): Promise<Set<string>>;
  create(trx: DB, reader: Reader, input: I): Promise<string>;
  /** To the recycle bin, as the module deletes it (an undo). */
  remove(trx: DB, reader: Reader, id: string): Promise<void>;
}

export const text = (values: Values, key: string): string | undefined =>
  typeof values[key] === 'string' ? (values[key] as string) : undefined;

export const number = (values: Values, key: string): number | undefined =>
  typeof values[key] === 'number' ? (values[key] as number) : undefined;

/** Text compared for sameness: width, spacing and case aside. */
export const sameText = (value: string) => toHalfWidth(value).replace(/\s+/gu, ' ').trim().toLowerCase();

/** A duplicate key from its parts. */
export const keyOf = (...parts: (string | null | undefined)[]) =>
  parts.map((p) => sameText(p ?? '')).join('\u0000');

/** The fields of an object that are set, so that a module's defaults apply to the rest. */
export const defined = <T extends Record<string, unknown>>(object: T) =>
  Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * The duplicate keys (parent, name) of the live records of some parents: deals and projects of customers,
 * milestones and installments of projects.
 */
export async function liveKeys(
  db: DB,
  table: keyof Database & ('deals' | 'projects' | 'milestones' | 'installments'),
  parent: 'customer_id' | 'project_id',
  named: 'title' | 'name' | 'content',
  parents: readonly string[],
): Promise<Set<string>> {
  if (!parents.length) return new Set();
  const found = (await db
    .selectFrom(table)
    .select([`${parent} as parent` as never, `${named} as named` as never])
    .where(parent as never, 'in', [...parents] as never)
    .where('deleted_at', 'is', null)
    .execute()) as unknown as { parent: string; named: string }[];
  return new Set(found.map((r) => keyOf(r.parent, r.named)));
}

/** The distinct records of one reference the rows name. */
export const refIds = (rows: readonly { refs: RowRefs }[], ref: keyof RowRefs): string[] => [
  ...new Set(rows.flatMap((r) => (r.refs[ref] ? [r.refs[ref]] : []))),
];
