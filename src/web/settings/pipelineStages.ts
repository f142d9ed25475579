import type { TPipeline, TStage, TStageInput } from '../../domain/pipeline';
import { freeKey, slugOf } from './customFieldForm';

/**
 * One stage of the 销售流程 form: the API's stage plus what the form alone needs. `saved` stages keep their key;
 * a new stage's key follows its English name until the person types one (`keyTouched`).
 */
export interface TStageRow extends TStageInput {
  saved: boolean;
  keyTouched?: boolean;
}

export type TPipelineValues = { stages: TStageRow[] };

/** The API allows at most this many stages. */
export const MAX_STAGES = 20;

export const toStageRow = (stage: TStage): TStageRow => ({
  key: stage.key,
  labels: { ...stage.labels },
  probability: stage.probability,
  kind: stage.kind,
  requiredFields: [...stage.requiredFields],
  archived: stage.archived,
  saved: true,
});

export const toPipelineValues = (pipeline: TPipeline): TPipelineValues => ({
  stages: pipeline.stages.map(toStageRow),
});

/** A stage added at the end: open, with the key of nothing yet (stage_1, stage_2…). */
export function newStageRow(rows: readonly TStageRow[]): TStageRow {
  return {
    key: freeKey(
      '',
      'stage',
      rows.map((r) => r.key),
    ),
    labels: { 'zh-CN': '', 'en-US': '' },
    probability: 50,
    kind: 'open',
    requiredFields: [],
    archived: false,
    saved: false,
  };
}

/** The key a new stage gets from its English name, never one another stage already has. */
export function suggestedKey(rows: readonly TStageRow[], index: number): string {
  const taken = rows.flatMap((r, i) => (i === index ? [] : [r.key]));
  return freeKey(slugOf(rows[index]?.labels['en-US']), 'stage', taken);
}

/** The rows as the API takes them; most stages are named once in Chinese, English readers then see the same. */
export function toStagesInput(rows: readonly TStageRow[]): TStageInput[] {
  return rows.map((r) => {
    const zh = r.labels['zh-CN'].trim();
    return {
      key: r.key.trim(),
      labels: { 'zh-CN': zh, 'en-US': r.labels['en-US'].trim() || zh },
      probability: r.probability,
      kind: r.kind,
      requiredFields: r.requiredFields,
      archived: r.archived,
    };
  });
}

/** `stages.2.requiredFields.0` shows under the stage's required-fields box; the other paths fit the form as sent. */
export const stageFieldOf = (path: string): string =>
  path.replace(/^(stages\.\d+\.requiredFields)\.\d+$/, '$1');

/**
 * The saved stage a 409 STAGE_IN_USE speaks of: among those removed in this edit, the one the message names
 * (the server names it in the reader's language), or the only one removed.
 */
export function stageInUse(saved: TPipeline, rows: readonly TStageRow[], text: string): TStage | undefined {
  const kept = new Set(rows.map((r) => r.key));
  const removed = saved.stages.filter((s) => !kept.has(s.key));
  return removed.find((s) => text.includes(s.label)) ?? (removed.length === 1 ? removed[0] : undefined);
}

/** Puts a removed stage back where it stood, stopped: its deals stay, no new deal moves there. */
export function restoreStopped(saved: TPipeline, rows: readonly TStageRow[], stage: TStage): TStageRow[] {
  const at = Math.min(
    saved.stages.findIndex((s) => s.key === stage.key),
    rows.length,
  );
  const next = [...rows];
  next.splice(Math.max(at, 0), 0, { ...toStageRow(stage), archived: true });
  return next;
}
