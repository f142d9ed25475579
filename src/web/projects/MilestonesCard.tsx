import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Steps } from 'antd';
import { useState } from 'react';
import type { TMilestone, TProjectDetail } from '../../domain/project';
import { useCan } from '../auth/session';
import { useT } from '../i18n/I18nProvider';
import { useToday } from '../tasks/useToday';
import { CompleteMilestoneModal } from './CompleteMilestoneModal';
import { MilestoneItem } from './MilestoneItem';
import { MilestoneModal } from './MilestoneModal';
import { milestoneProgress } from './projectText';

const STEP_STATUS = { done: 'finish', delayed: 'error', pending: 'wait' } as const;

/** 里程碑 as vertical steps: the first open one is where the work is now; a delayed one shows red with its days. */
export function MilestonesCard({ project }: { project: TProjectDetail }) {
  const t = useT();
  const m = t.projects.milestones;
  const can = useCan();
  const today = useToday();
  const canWrite = can('milestones.write');
  const [editing, setEditing] = useState<TMilestone | 'new' | null>(null);
  const [completing, setCompleting] = useState<TMilestone | null>(null);
  const { done, total } = milestoneProgress(project.milestones);
  const current = project.milestones.findIndex((x) => x.status !== 'done');
  return (
    <Card
      size="small"
      className="keyi-project-section"
      title={total ? `${m.title} ${done}/${total}` : m.title}
      extra={
        canWrite && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {m.add}
          </Button>
        )
      }
    >
      {total === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.empty}>
          <span className="keyi-project-muted">{m.emptyHint}</span>
        </Empty>
      ) : (
        <Steps
          orientation="vertical"
          size="small"
          current={current === -1 ? total : current}
          items={project.milestones.map((x, index) => ({
            key: x.id,
            status: index === current && x.status === 'pending' ? 'process' : STEP_STATUS[x.status],
            title: `${x.code} ${x.content}`,
            content: (
              <MilestoneItem
                milestone={x}
                today={today}
                canWrite={canWrite}
                onComplete={() => setCompleting(x)}
                onEdit={() => setEditing(x)}
              />
            ),
          }))}
        />
      )}
      {editing && (
        <MilestoneModal
          projectId={project.id}
          milestone={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {completing && <CompleteMilestoneModal milestone={completing} onClose={() => setCompleting(null)} />}
    </Card>
  );
}
