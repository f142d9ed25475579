import {
  DEFAULT_STAGES,
  type TPipeline,
  type TStage,
  type TUpdatePipelineInput,
} from '../../domain/pipeline';
import type { TLocale } from '../../domain/locale';
import { fromJson, isTrue, newId, nowIso, toBool, toJson } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { conflictOrNotFound } from '../http/concurrency';
import { AppError } from '../http/errors';
import type { Scope } from '../http/policy';
import { recordUpdate } from '../history/history.service';
import type { PipelineRow, PipelineStageRow } from './deal.table';

export const PIPELINE_ENTITY = 'pipeline';
const DEFAULT_PIPELINE_KEY = 'default';

export interface LoadedPipeline {
  row: PipelineRow;
  stages: PipelineStageRow[];
}

/** The stage of a pipeline by key or by a label in either language (people type 成交 or Won). */
export function findStage(pipeline: LoadedPipeline, value: string): PipelineStageRow | undefined {
  const wanted = value.trim().toLowerCase();
  return (
    pipeline.stages.find((s) => s.key === value) ??
    pipeline.stages.find((s) => s.label_zh === value.trim() || s.label_en.toLowerCase() === wanted)
  );
}

async function seedDefaultPipeline(db: DB, workspaceId: string): Promise<void> {
  const record = newRecord({ workspaceId, userId: '' });
  const inserted = await db
    .insertInto('pipelines')
    .values({ ...record, key: DEFAULT_PIPELINE_KEY, name_zh: '销售流程', name_en: 'Sales pipeline', sort: 0 })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return;
  await db
    .insertInto('pipeline_stages')
    .values(
      DEFAULT_STAGES.map((stage, sort) => ({
        id: newId(),
        workspace_id: workspaceId,
        pipeline_id: inserted.id,
        key: stage.key,
        label_zh: stage.zh,
        label_en: stage.en,
        sort,
        probability: stage.probability,
        kind: stage.kind,
        required_fields: toJson(stage.requiredFields),
        archived: toBool(db, false),
      })),
    )
    .execute();
}

/** The workspace's pipeline with its stages in board order; the default one is written the first time it is asked for. */
export async function loadPipeline(db: DB, workspaceId: string, id?: string): Promise<LoadedPipeline> {
  let query = db.selectFrom('pipelines').selectAll().where('workspace_id', '=', workspaceId);
  query = id ? query.where('id', '=', id) : query.where('deleted_at', 'is', null).orderBy('sort');
  let row = await query.executeTakeFirst();
  if (!row && !id) {
    await seedDefaultPipeline(db, workspaceId);
    row = await query.executeTakeFirst();
  }
  if (!row) throw new AppError('NOT_FOUND');
  const stages = await db
    .selectFrom('pipeline_stages')
    .selectAll()
    .where('pipeline_id', '=', row.id)
    .orderBy('sort')
    .execute();
  return { row, stages };
}

export function toStage(stage: PipelineStageRow, locale: TLocale): TStage {
  return {
    key: stage.key,
    label: locale === 'en-US' ? stage.label_en : stage.label_zh,
    labels: { 'zh-CN': stage.label_zh, 'en-US': stage.label_en },
    probability: stage.probability,
    kind: stage.kind,
    requiredFields: fromJson<TStage['requiredFields']>(stage.required_fields),
    archived: isTrue(stage.archived),
  };
}

export function toPipeline({ row, stages }: LoadedPipeline, locale: TLocale): TPipeline {
  return {
    id: row.id,
    name: locale === 'en-US' ? row.name_en : row.name_zh,
    stages: stages.map((s) => toStage(s, locale)),
    version: row.version,
  };
}

/**
 * Replaces the list of stages: renamed, reordered, re-weighted, added or stopped. A stage that deals still use
 * cannot be dropped (stop it instead); a stage whose kind changes moves its deals' kind along.
 */
export async function updatePipeline(
  db: DB,
  scope: Scope,
  locale: TLocale,
  id: string,
  input: TUpdatePipelineInput,
): Promise<TPipeline> {
  return db.transaction().execute(async (trx) => {
    const before = await loadPipeline(trx, scope.workspaceId, id);
    const kept = new Set(input.stages.map((s) => s.key));
    const dropped = before.stages.filter((s) => !kept.has(s.key));
    if (dropped.length) {
      const used = await trx
        .selectFrom('deals')
        .select('stage')
        .where('pipeline_id', '=', id)
        .where(
          'stage',
          'in',
          dropped.map((s) => s.key),
        )
        .limit(1)
        .executeTakeFirst();
      const stage = dropped.find((s) => s.key === used?.stage);
      if (stage)
        throw new AppError('STAGE_IN_USE', {
          params: { stage: locale === 'en-US' ? stage.label_en : stage.label_zh },
        });
    }
    const bumped = await trx
      .updateTable('pipelines')
      .set({ version: input.version + 1, updated_at: nowIso(), updated_by: scope.userId || null })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (!bumped.numUpdatedRows)
      throw await conflictOrNotFound(
        async () => loadPipeline(trx, scope.workspaceId, id),
        (current) => toPipeline(current, locale),
      );
    if (dropped.length)
      await trx
        .deleteFrom('pipeline_stages')
        .where(
          'id',
          'in',
          dropped.map((s) => s.id),
        )
        .execute();
    for (const [sort, stage] of input.stages.entries()) {
      const values = {
        label_zh: stage.labels['zh-CN'],
        label_en: stage.labels['en-US'],
        sort,
        probability: stage.probability,
        kind: stage.kind,
        required_fields: toJson(stage.requiredFields),
        archived: toBool(trx, stage.archived),
      };
      const existing = before.stages.find((s) => s.key === stage.key);
      if (existing) {
        await trx.updateTable('pipeline_stages').set(values).where('id', '=', existing.id).execute();
        if (existing.kind !== stage.kind)
          await trx
            .updateTable('deals')
            .set({ stage_kind: stage.kind })
            .where('pipeline_id', '=', id)
            .where('stage', '=', stage.key)
            .execute();
      } else {
        await trx
          .insertInto('pipeline_stages')
          .values({
            id: newId(),
            workspace_id: scope.workspaceId,
            pipeline_id: id,
            key: stage.key,
            ...values,
          })
          .execute();
      }
    }
    const after = await loadPipeline(trx, scope.workspaceId, id);
    await recordUpdate(
      trx,
      scope,
      PIPELINE_ENTITY,
      id,
      toPipeline(before, locale),
      toPipeline(after, locale),
    );
    return toPipeline(after, locale);
  });
}
