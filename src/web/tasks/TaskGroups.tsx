import { Button } from 'antd';
import type { TTask } from '../../domain/task';
import { useT } from '../i18n/I18nProvider';
import { groupTasks } from './dueDates';
import { TaskItem } from './TaskItem';
import type { useTaskActions } from './useTaskActions';

interface Props {
  items: TTask[];
  /** Headings by due date (已逾期, 今天, …) for open tasks; a done or mixed list reads better flat. */
  grouped: boolean;
  today: string;
  layout: 'row' | 'card';
  showAssignee: boolean;
  canWrite: boolean;
  actions: ReturnType<typeof useTaskActions>;
  onOpen: (task: TTask) => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

export function TaskGroups(props: Props) {
  const { items, grouped, today, hasMore, loadingMore, onLoadMore, ...item } = props;
  const t = useT();
  const groups = grouped ? groupTasks(items, today) : [{ group: null, tasks: items }];
  return (
    <div className={`keyi-task-list is-${item.layout}`}>
      {groups.map(({ group, tasks }, index) => (
        <section key={`${group ?? 'all'}-${index}`} className="keyi-task-group">
          {group && (
            <h4 className={`keyi-task-group-title is-${group}`}>
              {t.tasks.groups[group]}
              <span className="keyi-task-group-count">{tasks.length}</span>
            </h4>
          )}
          <div role="list" className="keyi-task-rows">
            {tasks.map((task) => (
              <TaskItem key={task.id} task={task} {...item} />
            ))}
          </div>
        </section>
      ))}
      <div className="keyi-list-end">
        {hasMore ? (
          <Button
            onClick={onLoadMore}
            loading={loadingMore}
            size={item.layout === 'card' ? 'large' : 'middle'}
          >
            {t.common.loadMore}
          </Button>
        ) : (
          items.length > 0 && t.tasks.end
        )}
      </div>
    </div>
  );
}
