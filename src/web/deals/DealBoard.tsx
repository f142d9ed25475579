import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { useQuery } from '@tanstack/react-query';
import { Spin, Typography } from 'antd';
import { useState } from 'react';
import type { TDeal } from '../../domain/deal';
import type { TStage } from '../../domain/pipeline';
import { dealsKey, getBoard, getBoardColumn, type TDealQuery } from '../api/deals';
import { useCan } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { useIsPhone } from '../components/useIsPhone';
import { useT } from '../i18n/I18nProvider';
import { DealColumn } from './DealColumn';
import { useDealMove } from './useDealMove';

/** Arrow keys carry a lifted card to the next column to the left or right, not 25 pixels at a time. */
const columnJump: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const { collisionRect, droppableRects } = context;
  const direction = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  if (!collisionRect || direction === 0) return undefined;
  event.preventDefault();
  const here = collisionRect.left + collisionRect.width / 2;
  const centers = [...droppableRects.values()].map((r) => r.left + r.width / 2).sort((a, b) => a - b);
  const target =
    direction > 0 ? centers.find((x) => x > here + 5) : [...centers].reverse().find((x) => x < here - 5);
  return target === undefined
    ? undefined
    : { x: currentCoordinates.x + (target - here), y: currentCoordinates.y };
};

interface Extra {
  items: TDeal[];
  cursor: string | null;
  loading: boolean;
}

interface Local {
  at: number;
  moved: Map<string, TStage>;
  extra: Map<string, Extra>;
}
const emptyLocal = (at: number): Local => ({ at, moved: new Map(), extra: new Map() });

/** 商机看板: a column per stage; drag a card (or lift it with the keyboard) to move the deal. */
export function DealBoard({ query }: { query: TDealQuery }) {
  const t = useT();
  const can = useCan();
  const isPhone = useIsPhone();
  const board = useQuery({
    queryKey: [...dealsKey, 'board', query],
    queryFn: ({ signal }) => getBoard(query, signal),
  });
  const { move, modals } = useDealMove();
  // Cards shown in their new column while the move is saved, and cards loaded with "more": both belong to one
  // version of the board and are dropped when a refreshed board arrives.
  const [local, setLocal] = useState<Local>(() => emptyLocal(0));
  const at = board.dataUpdatedAt;
  const { moved, extra } = local.at === at ? local : emptyLocal(at);
  const change = (fn: (current: Local) => Local) =>
    setLocal((prev) => fn(prev.at === at ? prev : emptyLocal(at)));
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnJump }),
  );

  if (board.isError && !board.data)
    return <LoadError error={board.error} onRetry={() => void board.refetch()} />;
  if (!board.data) return <Spin style={{ display: 'block', padding: 48 }} />;
  const { pipeline, columns } = board.data;
  const stageOf = (key: string) => pipeline.stages.find((s) => s.key === key);
  const titleOf = (id: string | number) => {
    for (const column of columns) {
      const found = column.items.find((d) => d.id === id);
      if (found) return found.title;
    }
    return '';
  };
  const labelOf = (id: string | number | undefined) =>
    id === undefined ? '' : (stageOf(String(id))?.label ?? '');
  const announcements: Announcements = {
    onDragStart: ({ active }) => t.deals.dnd.picked(titleOf(active.id)),
    onDragOver: ({ active, over }) => t.deals.dnd.over(titleOf(active.id), labelOf(over?.id)),
    onDragEnd: ({ active, over }) => t.deals.dnd.dropped(titleOf(active.id), labelOf(over?.id)),
    onDragCancel: ({ active }) => t.deals.dnd.cancelled(titleOf(active.id)),
  };

  const moveTo = (deal: TDeal, stage: TStage) => {
    if (stage.key === deal.stage.key) return;
    change((l) => ({ ...l, moved: new Map(l.moved).set(deal.id, stage) }));
    move(deal, stage);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const deal = (active.data.current as { deal?: TDeal } | undefined)?.deal;
    const stage = over ? stageOf(String(over.id)) : undefined;
    if (deal && stage && !stage.archived) moveTo(deal, stage);
  };
  const loadMore = async (stage: string, cursor: string) => {
    const current = extra.get(stage) ?? { items: [], cursor, loading: false };
    const put = (value: Extra) => change((l) => ({ ...l, extra: new Map(l.extra).set(stage, value) }));
    put({ ...current, loading: true });
    const page = await getBoardColumn(query, stage, cursor);
    put({ items: [...current.items, ...page.items], cursor: page.nextCursor, loading: false });
  };

  const all = columns.flatMap((c) => [...c.items, ...(extra.get(c.stage)?.items ?? [])]);
  const placed = (stage: string) => all.filter((d) => (moved.get(d.id)?.key ?? d.stage.key) === stage);
  return (
    <>
      <Typography.Paragraph type="secondary" className="keyi-deal-hint">
        {isPhone ? t.deals.dragHintPhone : t.deals.dragHint}
      </Typography.Paragraph>
      <DndContext
        sensors={sensors}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t.deals.dragHint } }}
      >
        <div className="keyi-deal-board">
          {columns.map((column) => {
            const stage = stageOf(column.stage);
            if (!stage) return null;
            const more = extra.get(column.stage);
            const cursor = more ? more.cursor : column.nextCursor;
            return (
              <DealColumn
                key={column.stage}
                stage={stage}
                column={column}
                items={placed(column.stage)}
                stages={pipeline.stages}
                canMove={can('deals.write')}
                hasMore={!!cursor}
                loadingMore={!!more?.loading}
                onMore={() => cursor && void loadMore(column.stage, cursor)}
                onMove={moveTo}
              />
            );
          })}
        </div>
      </DndContext>
      {modals}
    </>
  );
}
