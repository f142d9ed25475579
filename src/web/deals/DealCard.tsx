import { MoreOutlined } from '@ant-design/icons';
import { useDraggable } from '@dnd-kit/core';
import { Button, Dropdown, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { TDeal } from '../../domain/deal';
import { formatYuan } from '../../domain/money';
import type { TStage } from '../../domain/pipeline';
import { useLocale, useT } from '../i18n/I18nProvider';

/** A deal on the board: draggable (mouse, touch, keyboard), with a "move to" menu for those who prefer a tap. */
export function DealCard(props: {
  deal: TDeal;
  stages: TStage[];
  canMove: boolean;
  onMove: (deal: TDeal, stage: TStage) => void;
}) {
  const { deal, stages, canMove, onMove } = props;
  const t = useT();
  const [locale] = useLocale();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: deal.id,
    data: { deal },
    disabled: !canMove,
  });
  const amount =
    deal.stage.kind === 'open' ? deal.expectedAmount : (deal.actualAmount ?? deal.expectedAmount);
  const when =
    deal.stage.kind === 'open'
      ? deal.expectedCloseDate
        ? t.deals.card.closeOn(deal.expectedCloseDate)
        : t.deals.card.noDate
      : deal.closedDate && t.deals.card.closedOn(deal.closedDate);
  const targets = stages.filter((s) => !s.archived && s.key !== deal.stage.key);
  return (
    <div
      ref={setNodeRef}
      className={`keyi-deal-card${isDragging ? ' is-dragging' : ''}`}
      style={transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined}
      aria-label={`${deal.title} · ${deal.customer.name}`}
      {...listeners}
      {...attributes}
    >
      <div className="keyi-deal-card-top">
        <Link
          to={`/deals/${deal.id}`}
          className="keyi-deal-card-title"
          onPointerDown={(e) => e.stopPropagation()}
        >
          {deal.title}
        </Link>
        {canMove && (
          <Dropdown
            trigger={['click']}
            menu={{
              items: targets.map((s) => ({ key: s.key, label: s.label })),
              onClick: ({ key, domEvent }) => {
                domEvent.stopPropagation();
                const stage = targets.find((s) => s.key === key);
                if (stage) onMove(deal, stage);
              },
            }}
          >
            <Button
              size="small"
              type="text"
              icon={<MoreOutlined />}
              aria-label={t.deals.card.moveTo}
              title={t.deals.card.moveTo}
              onPointerDown={(e) => e.stopPropagation()}
              onKeyDown={(e) => e.stopPropagation()}
            />
          </Dropdown>
        )}
      </div>
      <Typography.Text type="secondary" ellipsis className="keyi-deal-card-customer">
        {deal.customer.name}
      </Typography.Text>
      <div className="keyi-deal-card-meta">
        <strong>{amount == null ? '—' : formatYuan(amount, locale)}</strong>
        <span>{deal.owner.name}</span>
      </div>
      <div className="keyi-deal-card-meta">
        <span>{when}</span>
        {deal.pendingApproval && (
          <Tag color="orange" style={{ marginInlineEnd: 0 }}>
            {t.deals.card.pending}
          </Tag>
        )}
      </div>
    </div>
  );
}
