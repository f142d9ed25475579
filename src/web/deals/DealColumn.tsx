import { useDroppable } from '@dnd-kit/core';
import { Button, Tooltip, Typography } from 'antd';
import type { TDeal } from '../../domain/deal';
import { formatYuan } from '../../domain/money';
import { BOARD_CLOSED_DAYS, type TStage } from '../../domain/pipeline';
import type { TBoardColumn } from '../api/deals';
import { useLocale, useT } from '../i18n/I18nProvider';
import { DealCard } from './DealCard';

/** A stage's column: count, amount and weighted amount on top, its cards, and "load more". */
export function DealColumn(props: {
  stage: TStage;
  column: TBoardColumn;
  items: TDeal[];
  stages: TStage[];
  canMove: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
  onMove: (deal: TDeal, stage: TStage) => void;
}) {
  const { stage, column, items, hasMore } = props;
  const t = useT();
  const c = t.deals.column;
  const [locale] = useLocale();
  const { setNodeRef, isOver } = useDroppable({ id: stage.key, data: { stage } });
  return (
    <section
      ref={setNodeRef}
      className={`keyi-deal-column kind-${stage.kind}${isOver ? ' is-over' : ''}`}
      aria-label={stage.label}
    >
      <header className="keyi-deal-column-head">
        <div className="keyi-deal-column-title">
          <Typography.Text strong>{stage.label}</Typography.Text>
          <Typography.Text type="secondary">{c.count(column.count)}</Typography.Text>
        </div>
        <div className="keyi-deal-column-sums">
          <span>{formatYuan(column.amount, locale)}</span>
          {stage.kind === 'open' ? (
            <Tooltip title={c.weightedHelp(stage.probability)}>
              <span className="keyi-deal-weighted">
                {c.weighted} {formatYuan(column.weighted, locale)}
              </span>
            </Tooltip>
          ) : (
            <span className="keyi-deal-weighted">{c.closedSince(BOARD_CLOSED_DAYS)}</span>
          )}
        </div>
      </header>
      <div className="keyi-deal-column-body">
        {items.map((deal) => (
          <DealCard
            key={deal.id}
            deal={deal}
            stages={props.stages}
            canMove={props.canMove}
            onMove={props.onMove}
          />
        ))}
        {items.length === 0 && <div className="keyi-deal-column-empty">{c.empty}</div>}
        {hasMore && (
          <Button block type="dashed" loading={props.loadingMore} onClick={props.onMore}>
            {c.more}
          </Button>
        )}
      </div>
    </section>
  );
}
