import {
  expressionBuilder,
  sql,
  type ExpressionBuilder,
  type RawBuilder,
  type SelectQueryBuilder,
  type SqlBool,
} from 'kysely';
import { z } from 'zod';
import { dayStartInstant } from '../../domain/analytics';
import { GRADES } from '../../domain/assessment';
import { addDays, DUE_WINDOWS, HEALTH, type THealthThresholds } from '../../domain/cadence';
import { CUSTOMER_KINDS } from '../../domain/customer';
import { ZDate } from '../../domain/dates';
import type { TCustomField } from '../../domain/custom-fields';
import { fromJson, isPostgres } from '../db/dialect';
import type { Database, DB } from '../db/schema';
import { AppError } from '../http/errors';
import { decodeCursor, encodeCursor } from '../http/pagination';
import type { Scope } from '../http/policy';
import { withSearch } from './customer-search';
import type { CustomerRow } from './customer.table';

/** Sortable columns: API name → column. Nullable ones always put empty values last. */
const SORTS = {
  createdAt: { column: 'id', nullable: false },
  updatedAt: { column: 'updated_at', nullable: false },
  name: { column: 'sort_name', nullable: false },
  number: { column: 'number', nullable: false },
  score: { column: 'score', nullable: true },
  lastFollowUpAt: { column: 'last_follow_up_at', nullable: true },
  nextDueDate: { column: 'next_due_date', nullable: true },
  firstContactDate: { column: 'first_contact_date', nullable: true },
} as const;
type SortKey = keyof typeof SORTS;

const list = <T extends string>(inner: z.ZodType<T, string>) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(inner).max(50));

export const ZCustomerListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  sort: z.string().max(60).default('-createdAt'),
  q: z.string().trim().max(100).optional(),
  kind: z.enum(CUSTOMER_KINDS).optional(),
  grade: list(z.enum(GRADES)).optional(),
  type: list(z.string().max(60)).optional(),
  status: list(z.string().max(60)).optional(),
  stage: list(z.string().max(60)).optional(),
  sourceChannel: list(z.string().max(60)).optional(),
  industry: list(z.string().max(60)).optional(),
  companySize: list(z.string().max(60)).optional(),
  ownerId: list(z.string().max(64)).optional(),
  tag: list(z.string().max(60)).optional(),
  province: z.string().max(30).optional(),
  city: z.string().max(30).optional(),
  firstContactFrom: ZDate.optional(),
  firstContactTo: ZDate.optional(),
  /** Created on these days of the workspace (the dashboard's 新增客户). */
  createdFrom: ZDate.optional(),
  createdTo: ZDate.optional(),
  /** 客户健康度 by the stored last follow-up day: a range of days, never computed per row. */
  health: z.enum(HEALTH).optional(),
  /** Due for a follow-up by the stored next due date: overdue, today (and overdue), or within 7 days. */
  due: z.enum(DUE_WINDOWS).optional(),
});
export type TCustomerListQuery = z.infer<typeof ZCustomerListQuery> & {
  /** Set by the service when `health` or `due` is: the workspace's today and thresholds. */
  calendar?: { today: string; health: THealthThresholds; timeZone: string };
};

/**
 * The ids of a sales member's live customers: their own and those shared with them. Aliased, so that it can stand
 * inside a query on customers.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any outer query may hold it
function ownAndShared(eb: ExpressionBuilder<Database, any>, scope: Scope) {
  return eb
    .selectFrom('customers as own')
    .select('own.id')
    .where('own.workspace_id', '=', scope.workspaceId)
    .where('own.owner_id', '=', scope.userId)
    .where('own.deleted_at', 'is', null)
    .union(
      eb
        .selectFrom('customer_shares')
        .innerJoin('customers as shared', 'shared.id', 'customer_shares.customer_id')
        .select('customer_shares.customer_id as id')
        .where('customer_shares.workspace_id', '=', scope.workspaceId)
        .where('customer_shares.user_id', '=', scope.userId)
        .where('shared.deleted_at', 'is', null),
    );
}

/** Workspace, recycle bin and ownership: a sales member sees their own customers and those shared with them. */
export function scopeCustomers<Q extends SelectQueryBuilder<Database, 'customers', object>>(
  query: Q,
  scope: Scope,
): Q {
  let scoped = query
    .where('customers.workspace_id', '=', scope.workspaceId)
    .where('customers.deleted_at', 'is', null) as Q;
  if (scope.ownOnly) {
    // A union of two index lookups: an OR with EXISTS would test every customer of the workspace.
    scoped = scoped.where((eb) => eb('customers.id', 'in', ownAndShared(eb, scope))) as Q;
  }
  return scoped;
}

/**
 * A row's customer (`column`, its id) is one the scope may see, for rows already narrowed to the workspace: for a
 * sales member, among their own and shared customers (a small set that drives the lookup); for the whole workspace,
 * not in the recycle bin, a short list held in memory where a lookup per row into a million customers would cost
 * seconds over a year's rows.
 */
export function customerVisible(db: DB, scope: Scope, column: string) {
  if (scope.ownOnly) {
    // One level of IN (a nested IN had PostgreSQL rebuild the member's set for every row).
    // Interpolated, the subquery brings its own parentheses (SQLite refuses a second pair).
    return sql<SqlBool>`${sql.ref(column)} in ${ownAndShared(expressionBuilder<Database, never>(), scope)}`;
  }
  const binned = db
    .selectFrom('customers')
    .select('customers.id')
    .where('customers.workspace_id', '=', scope.workspaceId)
    .where('customers.deleted_at', 'is not', null);
  return sql<SqlBool>`${sql.ref(column)} not in ${binned}`;
}

/** Filters on already-resolved dictionary keys (the service resolves labels first). */
export function filterCustomers<O>(
  db: DB,
  query: SelectQueryBuilder<Database, 'customers', O>,
  filters: TCustomerListQuery,
): SelectQueryBuilder<Database, 'customers', O> {
  let q = query;
  const inList = (
    column:
      'grade' | 'type' | 'status' | 'stage' | 'source_channel' | 'industry' | 'company_size' | 'owner_id',
    values?: string[],
  ) => {
    if (values?.length) q = q.where(`customers.${column}`, 'in', values);
  };
  inList('grade', filters.grade);
  inList('type', filters.type);
  inList('status', filters.status);
  inList('stage', filters.stage);
  inList('source_channel', filters.sourceChannel);
  inList('industry', filters.industry);
  inList('company_size', filters.companySize);
  inList('owner_id', filters.ownerId);
  if (filters.kind) q = q.where('customers.kind', '=', filters.kind);
  if (filters.province) q = q.where('customers.province', '=', filters.province);
  if (filters.city) q = q.where('customers.city', '=', filters.city);
  if (filters.firstContactFrom) q = q.where('customers.first_contact_date', '>=', filters.firstContactFrom);
  if (filters.firstContactTo) q = q.where('customers.first_contact_date', '<=', filters.firstContactTo);
  const { calendar } = filters;
  if (calendar && filters.createdFrom)
    q = q.where('customers.created_at', '>=', dayStartInstant(filters.createdFrom, calendar.timeZone));
  if (calendar && filters.createdTo)
    q = q.where(
      'customers.created_at',
      '<',
      dayStartInstant(addDays(filters.createdTo, 1), calendar.timeZone),
    );
  if (calendar && filters.health) {
    const { today, health } = calendar;
    const activeFrom = addDays(today, -health.dormantAfter);
    const dormantFrom = addDays(today, -health.atRiskAfter);
    const day = 'customers.last_follow_up_day' as const;
    if (filters.health === 'active') q = q.where(day, '>=', activeFrom);
    if (filters.health === 'dormant') q = q.where(day, '>=', dormantFrom).where(day, '<', activeFrom);
    if (filters.health === 'atRisk')
      q = q.where((eb) => eb.or([eb(day, '<', dormantFrom), eb(day, 'is', null)]));
  }
  if (calendar && filters.due) {
    const due = 'customers.next_due_date' as const;
    const { today } = calendar;
    if (filters.due === 'overdue') q = q.where(due, '<', today);
    if (filters.due === 'today') q = q.where(due, '<=', today);
    if (filters.due === 'week') q = q.where(due, '<=', addDays(today, 6));
  }
  for (const tag of filters.tag ?? []) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('customer_tags')
          .select('customer_tags.customer_id')
          .whereRef('customer_tags.customer_id', '=', 'customers.id')
          .where('customer_tags.tag', '=', tag),
      ),
    );
  }
  return filters.q ? withSearch(db, q, filters.q) : q;
}

export interface SortSpec {
  expr: RawBuilder<unknown>;
  desc: boolean;
  nullable: boolean;
  /** No two rows share a value, so no id breaks ties (and an index on the value alone serves the order). */
  unique: boolean;
  /** The sort value of a row as the database compares it, for the cursor. */
  valueOf(row: CustomerRow): string | number | null;
}

/** A custom field's value as SQL: numbers compare as numbers, the rest as text (checkboxes as 1/0 or true/false). */
export function customValueExpr(db: DB, field: Pick<TCustomField, 'key' | 'type'>): RawBuilder<unknown> {
  if (!isPostgres(db)) return sql`json_extract(customers.custom, ${`$.${field.key}`})`;
  const text = sql`(customers.custom->>${field.key})`;
  return field.type === 'number' || field.type === 'money' ? sql`${text}::numeric` : text;
}

export function customValueParam(db: DB, value: unknown): string | number | null {
  if (typeof value === 'boolean') return isPostgres(db) ? String(value) : value ? 1 : 0;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return value == null ? null : JSON.stringify(value);
}

/**
 * `-lastFollowUpAt`, `name`, `custom.budget` …: the ordering expression and how to read a row's value. A search on
 * SQLite lists in creation order by the search index's rowid (given once per customer, in creation order).
 */
export function resolveSort(db: DB, sort: string, customFields: TCustomField[], searching = false): SortSpec {
  const desc = sort.startsWith('-');
  const key = desc ? sort.slice(1) : sort;
  if (key === 'createdAt' && searching && !isPostgres(db)) {
    return { expr: sql`fts.rowid`, desc, nullable: false, unique: true, valueOf: (row) => row.search_rowid };
  }
  if (key.startsWith('custom.')) {
    const field = customFields.find((f) => f.key === key.slice(7));
    if (!field)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'querystring.sort', code: 'CUSTOM_VALUE_INVALID' }],
      });
    return {
      expr: customValueExpr(db, field),
      desc,
      nullable: true,
      unique: false,
      valueOf: (row) => customValueParam(db, fromJson<Record<string, unknown>>(row.custom)?.[field.key]),
    };
  }
  if (!(key in SORTS))
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'querystring.sort', code: 'VALIDATION_FAILED' }],
    });
  const { column, nullable } = SORTS[key as SortKey];
  return {
    expr: sql`${sql.ref(`customers.${column}`)}`,
    desc,
    nullable,
    unique: column === 'id',
    valueOf: (row) => row[column as keyof CustomerRow] as string | number | null,
  };
}

/**
 * The queries of one page, to run in order until `limit` rows are found: ordered by the sort expression then id,
 * continuing after the cursor's row (keyset: no OFFSET on big tables). A nullable column pages in two parts, the
 * rows with a value then the empty ones, so that each part walks an index (a CASE in ORDER BY would sort them all).
 */
export function pageCustomers<O>(
  query: SelectQueryBuilder<Database, 'customers', O>,
  spec: SortSpec,
  cursor: string | undefined,
  limit: number,
): SelectQueryBuilder<Database, 'customers', O>[] {
  const col = spec.expr;
  const id = sql.ref('customers.id');
  const cmp = spec.desc ? sql`<` : sql`>`;
  const dir = spec.desc ? sql`desc` : sql`asc`;
  const [afterNull, value, lastId] = cursor
    ? (decodeCursor(cursor) as [boolean, string | number | null, string])
    : [false, null, null];
  const ordered = (q: SelectQueryBuilder<Database, 'customers', O>, byValue: boolean) =>
    (byValue ? q.orderBy(sql`${col} ${dir}`) : q).orderBy(sql`${id} ${dir}`).limit(limit);
  const afterId = (q: SelectQueryBuilder<Database, 'customers', O>) =>
    lastId === null ? q : q.where(sql<SqlBool>`${id} ${cmp} ${lastId}`);

  if (spec.unique) {
    const q = cursor ? query.where(sql<SqlBool>`${col} ${cmp} ${value ?? lastId}`) : query;
    return [q.orderBy(sql`${col} ${dir}`).limit(limit)];
  }
  const after = (q: SelectQueryBuilder<Database, 'customers', O>) =>
    cursor
      ? q.where(sql<SqlBool>`(${col} ${cmp} ${value} or (${col} = ${value} and ${id} ${cmp} ${lastId}))`)
      : q;
  if (!spec.nullable) return [ordered(after(query), true)];
  const empty = query.where(sql<SqlBool>`${col} is null`);
  if (afterNull) return [ordered(afterId(empty), false)];
  return [ordered(after(query.where(sql<SqlBool>`${col} is not null`)), true), ordered(empty, false)];
}

export function cursorAfter(row: CustomerRow, spec: SortSpec): string {
  const value = spec.valueOf(row);
  return encodeCursor([value === null || value === undefined, value ?? null, row.id]);
}
