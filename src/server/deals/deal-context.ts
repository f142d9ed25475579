import { customerRefs, userNames } from '../customers/customer.repository';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import { can } from '../http/policy';
import type { DealContext } from './deal.serializer';
import type { DealApprovalRow, DealLineRow, DealRow, PipelineStageRow } from './deal.table';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** Names, stages, lines and open approval requests of a page of deals, in a handful of queries. */
export async function dealContext(db: DB, reader: Reader, rows: DealRow[]): Promise<DealContext> {
  const { workspaceId } = reader.scope;
  const ids = rows.map((r) => r.id);
  const pipelineIds = [...new Set(rows.map((r) => r.pipeline_id))];
  const [dicts, stages, lines, pending] = await Promise.all([
    loadDictionaries(db, reader.scope),
    pipelineIds.length
      ? db.selectFrom('pipeline_stages').selectAll().where('pipeline_id', 'in', pipelineIds).execute()
      : Promise.resolve([] as PipelineStageRow[]),
    ids.length
      ? db.selectFrom('deal_lines').selectAll().where('deal_id', 'in', ids).orderBy('seq').execute()
      : Promise.resolve([] as DealLineRow[]),
    ids.length
      ? db
          .selectFrom('deal_approvals')
          .selectAll()
          .where('deal_id', 'in', ids)
          .where('status', '=', 'pending')
          .execute()
      : Promise.resolve([] as DealApprovalRow[]),
  ]);
  const people = rows
    .flatMap((r) => [r.owner_id, r.after_sales_id, r.updated_by])
    .concat(pending.map((p) => p.requested_by));
  const [users, customers] = await Promise.all([
    userNames(
      db,
      workspaceId,
      people.filter((id): id is string => !!id),
    ),
    customerRefs(
      db,
      workspaceId,
      rows.map((r) => r.customer_id),
    ),
  ]);
  const byPipeline = new Map<string, Map<string, PipelineStageRow>>();
  for (const [pipelineId, list] of groupBy(stages, (s) => s.pipeline_id))
    byPipeline.set(pipelineId, new Map(list.map((s) => [s.key, s])));
  return {
    dicts,
    locale: reader.locale,
    users,
    customers,
    stages: byPipeline,
    lines: groupBy(lines, (l) => l.deal_id),
    pending: new Map(pending.map((p) => [p.deal_id, p])),
    masked: !can(reader.actor, 'personalData.view'),
  };
}
