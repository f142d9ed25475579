import { withCalendar } from './customer-list.service';
import { sql, type Compilable } from 'kysely';
import { z } from 'zod';
import type { TDictionary } from '../../domain/dictionaries';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import type { Scope } from '../http/policy';
import type { Reader } from './customer-context';
import { filterCustomers, scopeCustomers, type TCustomerListQuery } from './customer-list';
import { filtersSet } from './customer-total';
import { userNames } from './customer.repository';

const GROUPS = {
  sourceChannel: { column: 'source_channel', dictionary: 'sourceChannel' },
  industry: { column: 'industry', dictionary: 'industry' },
  type: { column: 'type', dictionary: 'customerType' },
  status: { column: 'status', dictionary: 'customerStatus' },
  stage: { column: 'stage', dictionary: 'customerStage' },
  grade: { column: 'grade', dictionary: null },
  city: { column: 'city', dictionary: null },
  owner: { column: 'owner_id', dictionary: null },
} as const satisfies Record<string, { column: string; dictionary: TDictionary | null }>;

export const ZCountBy = z.enum(Object.keys(GROUPS) as [keyof typeof GROUPS, ...(keyof typeof GROUPS)[]]);
export type TCountBy = z.infer<typeof ZCountBy>;
export const ZCounts = z.object({
  items: z.array(z.object({ key: z.string().nullable(), label: z.string(), count: z.number().int() })),
});

/** How many customers per source, grade, owner …, under the same filters and scope as the list. */
export async function countCustomers(db: DB, reader: Reader, by: TCountBy, filters: TCustomerListQuery) {
  const { dictionary } = GROUPS[by];
  const rows = await groupCountQuery(db, reader.scope, by, await withCalendar(db, reader, filters)).execute();
  const dicts = await loadDictionaries(db, reader.scope);
  const owners =
    by === 'owner'
      ? await userNames(
          db,
          reader.scope.workspaceId,
          rows.map((r) => r.key).filter((k): k is string => !!k),
        )
      : null;
  const empty = reader.locale === 'en-US' ? '(none)' : '（未填写）';
  return {
    items: rows.map((r) => ({
      key: r.key,
      count: Number(r.count),
      label:
        r.key === null
          ? empty
          : dictionary
            ? dicts.label(dictionary, r.key, reader.locale)
            : (owners?.get(r.key) ?? r.key),
    })),
  };
}

/** The kept totals when the whole workspace is in view without filters; otherwise a grouped count. */
export function groupCountQuery(
  db: DB,
  scope: Scope,
  by: TCountBy,
  filters: TCustomerListQuery,
): Compilable<{ key: string | null; count: number | string }> & {
  execute(): Promise<{ key: string | null; count: number | string }[]>;
} {
  if (!scope.ownOnly && filtersSet(filters).length === 0) {
    return db
      .selectFrom('customer_counts')
      .select([sql<string | null>`nullif(key, '')`.as('key'), 'n as count'])
      .where('workspace_id', '=', scope.workspaceId)
      .where('dimension', '=', by)
      .where('n', '>', 0)
      .orderBy('n', 'desc')
      .orderBy('key')
      .limit(200);
  }
  const ref = sql.ref<string | null>(`customers.${GROUPS[by].column}`);
  return filterCustomers(db, scopeCustomers(db.selectFrom('customers'), scope), filters)
    .select([ref.as('key'), (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy(ref)
    .orderBy(sql`count(*)`, 'desc')
    .limit(200);
}
