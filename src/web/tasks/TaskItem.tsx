import { DeleteOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popconfirm, Typography } from 'antd';
import type { TTask } from '../../domain/task';
import { useT } from '../i18n/I18nProvider';
import { DuePicker } from './DuePicker';
import { CustomerLink, SourceTag } from './TaskParts';
import type { useTaskActions } from './useTaskActions';

interface Props {
  task: TTask;
  /** card: a phone's stacked card with big tap targets; row: one line of the desktop list. */
  layout: 'row' | 'card';
  showAssignee: boolean;
  canWrite: boolean;
  actions: ReturnType<typeof useTaskActions>;
  onOpen: (task: TTask) => void;
}

/** One task: tick it off, open it, see whose and for whom it is, move its date, delete it. */
export function TaskItem({ task, layout, showAssignee, canWrite, actions, onOpen }: Props) {
  const t = useT();
  const check = (
    <Checkbox
      className="keyi-task-check"
      checked={task.done}
      disabled={!canWrite}
      aria-label={task.done ? t.tasks.markOpen : t.tasks.markDone}
      title={task.done ? t.tasks.markOpen : t.tasks.markDone}
      onChange={(e) => void actions.setDone(task, e.target.checked)}
    />
  );
  const title = (
    <button type="button" className="keyi-task-title" onClick={() => onOpen(task)}>
      {task.title}
    </button>
  );
  const due = (
    <DuePicker
      dueDate={task.dueDate}
      done={task.done}
      disabled={!canWrite}
      onChange={(date) => void actions.setDue(task, date)}
    />
  );
  const remove = canWrite && (
    <Popconfirm
      title={t.tasks.deleteConfirm}
      okText={t.tasks.delete}
      okButtonProps={{ danger: true }}
      cancelText={t.common.cancel}
      onConfirm={() => actions.remove(task)}
    >
      <Button
        type="text"
        size={layout === 'card' ? 'middle' : 'small'}
        icon={<DeleteOutlined />}
        aria-label={t.tasks.delete}
        title={t.tasks.delete}
        className="keyi-task-delete"
      />
    </Popconfirm>
  );
  const className = `keyi-task is-${layout}${task.done ? ' is-done' : ''}${showAssignee ? ' with-assignee' : ''}`;

  if (layout === 'card') {
    return (
      <div className={className} role="listitem">
        {check}
        <div className="keyi-task-body">
          {title}
          <div className="keyi-task-meta">
            <SourceTag task={task} />
            <CustomerLink task={task} />
            {showAssignee && <span className="keyi-task-muted">{task.assignee.name}</span>}
          </div>
          <div className="keyi-task-foot">
            {due}
            {remove}
          </div>
        </div>
      </div>
    );
  }

  return (
    <div className={className} role="listitem">
      {check}
      <div className="keyi-task-body">
        {title}
        <div className="keyi-task-meta">
          <SourceTag task={task} />
          {task.notes && (
            <Typography.Text type="secondary" ellipsis className="keyi-task-notes">
              {task.notes}
            </Typography.Text>
          )}
        </div>
      </div>
      <div className="keyi-task-cell">
        <CustomerLink task={task} />
      </div>
      {showAssignee && <div className="keyi-task-cell keyi-task-muted">{task.assignee.name}</div>}
      <div className="keyi-task-cell">{due}</div>
      <div className="keyi-task-cell is-end">{remove}</div>
    </div>
  );
}
