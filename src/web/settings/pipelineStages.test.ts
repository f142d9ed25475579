import { describe, expect, it } from 'vitest';
import type { TPipeline, TStage } from '../../domain/pipeline';
import {
  newStageRow,
  restoreStopped,
  stageFieldOf,
  stageInUse,
  suggestedKey,
  toPipelineValues,
  toStagesInput,
} from './pipelineStages';

const stage = (key: string, label: string, kind: TStage['kind'] = 'open'): TStage => ({
  key,
  label,
  labels: { 'zh-CN': label, 'en-US': key },
  probability: 50,
  kind,
  requiredFields: [],
  archived: false,
});

const pipeline: TPipeline = {
  id: 'p1',
  name: '默认',
  version: 3,
  stages: [
    stage('lead', '线索'),
    stage('proposal', '方案'),
    stage('won', '成交', 'won'),
    stage('lost', '流失', 'lost'),
  ],
};

describe('pipeline stages form', () => {
  it('names a new stage after its English name, never after a key in use', () => {
    const rows = [...toPipelineValues(pipeline).stages, newStageRow(toPipelineValues(pipeline).stages)];
    expect(rows.at(-1)?.key).toBe('stage_1');
    rows[4]!.labels['en-US'] = 'Site visit';
    expect(suggestedKey(rows, 4)).toBe('site_visit');
    rows[4]!.labels['en-US'] = 'Lead';
    expect(suggestedKey(rows, 4)).toBe('lead_2');
  });

  it('sends the Chinese name as the English one when that is left empty', () => {
    const [row] = toStagesInput([
      { ...newStageRow([]), key: ' demo ', labels: { 'zh-CN': ' 演示 ', 'en-US': ' ' } },
    ]);
    expect(row).toMatchObject({ key: 'demo', labels: { 'zh-CN': '演示', 'en-US': '演示' } });
    expect(row).not.toHaveProperty('saved');
  });

  it('shows an error about one required field under the whole box', () => {
    expect(stageFieldOf('stages.2.requiredFields.0')).toBe('stages.2.requiredFields');
    expect(stageFieldOf('stages.2.labels.zh-CN')).toBe('stages.2.labels.zh-CN');
  });

  it('finds the removed stage the server names and puts it back, stopped, where it stood', () => {
    const rows = toPipelineValues(pipeline).stages.filter((r) => r.key !== 'lead' && r.key !== 'proposal');
    const named = stageInUse(pipeline, rows, '还有商机处于阶段“方案”，不能删除；可以停用它');
    expect(named?.key).toBe('proposal');
    const back = restoreStopped(pipeline, rows, named!);
    expect(back.map((r) => [r.key, r.archived])).toEqual([
      ['won', false],
      ['proposal', true],
      ['lost', false],
    ]);
  });

  it('falls back to the only removed stage when the message names none it knows', () => {
    const rows = toPipelineValues(pipeline).stages.filter((r) => r.key !== 'lead');
    expect(stageInUse(pipeline, rows, 'Deals are still in the stage')?.key).toBe('lead');
    expect(stageInUse(pipeline, rows.slice(1), 'Deals are still in the stage')).toBeUndefined();
  });
});
