import { CheckOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Tag, Typography } from 'antd';
import type { TMilestone } from '../../domain/project';
import { deleteMilestone } from '../api/projects';
import { useT } from '../i18n/I18nProvider';
import { daysLate, MILESTONE_STATUS_COLORS } from './projectText';
import { useProjectWrite } from './useProjectWrite';

/** One milestone's dates, status, deliverables and delay reason, with its actions. */
export function MilestoneItem(props: {
  milestone: TMilestone;
  today: string;
  canWrite: boolean;
  onComplete: () => void;
  onEdit: () => void;
}) {
  const { milestone: x, today, canWrite } = props;
  const t = useT();
  const m = t.projects.milestones;
  const late = daysLate(x, today);
  const remove = useProjectWrite(() => deleteMilestone(x.id), { success: m.deleted });
  return (
    <div className="keyi-milestone" data-milestone={x.code}>
      <Flex gap={8} wrap align="center" className="keyi-milestone-dates">
        <Tag color={MILESTONE_STATUS_COLORS[x.status]} style={{ marginInlineEnd: 0 }}>
          {x.status === 'delayed' ? m.daysLate(late) : t.projects.milestoneStatuses[x.status]}
        </Tag>
        <span>{m.planned(x.plannedDate)}</span>
        {x.actualDate && <span>{m.actual(x.actualDate)}</span>}
        {x.actualDate && late > 0 && <Typography.Text type="danger">{m.doneLate(late)}</Typography.Text>}
      </Flex>
      {x.deliverables && (
        <div className="keyi-project-muted">{t.projects.labelled(m.deliverables, x.deliverables)}</div>
      )}
      {x.delayReason && (
        <div className="keyi-project-muted">{t.projects.labelled(m.delayReason, x.delayReason)}</div>
      )}
      {canWrite && (
        <Flex gap={4} wrap className="keyi-milestone-actions">
          {x.status !== 'done' && (
            <Button size="small" type="primary" ghost icon={<CheckOutlined />} onClick={props.onComplete}>
              {m.complete}
            </Button>
          )}
          <Button size="small" type="text" icon={<EditOutlined />} onClick={props.onEdit}>
            {t.common.edit}
          </Button>
          <Popconfirm
            title={m.deleteConfirm(x.code)}
            description={m.deleteHint}
            onConfirm={() => remove.mutate(undefined)}
          >
            <Button size="small" type="text" danger icon={<DeleteOutlined />} loading={remove.isPending}>
              {t.common.delete}
            </Button>
          </Popconfirm>
        </Flex>
      )}
    </div>
  );
}
