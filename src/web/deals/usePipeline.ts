import { useQuery } from '@tanstack/react-query';
import type { TStage } from '../../domain/pipeline';
import { listPipelines, pipelinesKey } from '../api/deals';

/** The workspace's pipeline: its stages in board order (stopped ones included, flagged). */
export function usePipeline() {
  const query = useQuery({ queryKey: pipelinesKey, queryFn: listPipelines, staleTime: 60_000 });
  const pipeline = query.data?.[0];
  const stages: TStage[] = pipeline?.stages ?? [];
  return { ...query, pipeline, stages, stageOf: (key: string) => stages.find((s) => s.key === key) };
}
