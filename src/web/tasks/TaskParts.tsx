import { Tag } from 'antd';
import { Link } from 'react-router';
import type { TTask } from '../../domain/task';
import { useT } from '../i18n/I18nProvider';

const SOURCE_COLORS = {
  manual: 'default',
  nextAction: 'blue',
  commitment: 'gold',
  handover: 'green',
} as const;

/** 手动 / 下一步行动 / 承诺事项, and for a commitment whose promise it is (我方 or 客户方). */
export function SourceTag({ task }: { task: TTask }) {
  const t = useT();
  const label = t.tasks.sources[task.source];
  const side = task.source === 'commitment' && task.side ? `·${t.tasks.sides[task.side]}` : '';
  return (
    <Tag
      color={SOURCE_COLORS[task.source]}
      variant="filled"
      style={{ marginInlineEnd: 0 }}
      title={task.followUp ? t.tasks.fromFollowUpShort(task.followUp.number) : undefined}
    >
      {label}
      {side}
    </Tag>
  );
}

export function CustomerLink({ task }: { task: TTask }) {
  if (!task.customer) return null;
  return (
    <Link
      to={`/customers/${task.customer.id}`}
      className="keyi-task-customer"
      onClick={(e) => e.stopPropagation()}
    >
      {task.customer.name}
    </Link>
  );
}
