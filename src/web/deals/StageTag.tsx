import { Tag } from 'antd';
import type { TDeal } from '../../domain/deal';

const COLORS = { open: 'blue', won: 'green', lost: 'default' } as const;

/** A deal's stage, coloured by what it means: still open, won or lost. */
export function StageTag({ stage }: { stage: TDeal['stage'] }) {
  return (
    <Tag color={COLORS[stage.kind]} style={{ marginInlineEnd: 4 }}>
      {stage.label}
    </Tag>
  );
}
