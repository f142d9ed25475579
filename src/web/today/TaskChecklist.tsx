import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, Empty, Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { TTask } from '../../domain/task';
import type { TToday } from '../../domain/today';
import { setTaskDone, todayKey } from '../api/today';
import { useCan } from '../auth/session';
import { useT } from '../i18n/I18nProvider';

/** Tasks and promises with a box to tick; ticking one off can be undone from the message. */
export function TaskChecklist({ items, today, empty }: { items: TTask[]; today: string; empty: string }) {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: ({ task, done }: { task: TTask; done: boolean }) => setTaskDone(task, done),
    onSuccess: (saved, { done }) => {
      // Off Today at once when done, before the refetch says the same.
      queryClient.setQueryData<TToday>(todayKey, (old) =>
        old && done ? { ...old, tasks: old.tasks.filter((x) => x.id !== saved.id) } : old,
      );
      void queryClient.invalidateQueries({ queryKey: todayKey });
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      if (done)
        void message.success(
          <span>
            {t.today.doneToast}{' '}
            <Typography.Link onClick={() => toggle.mutate({ task: saved, done: false })}>
              {t.today.undo}
            </Typography.Link>
          </span>,
        );
    },
  });
  if (!items.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} style={{ margin: '8px 0' }} />;
  return (
    <List
      dataSource={items}
      rowKey="id"
      renderItem={(task) => (
        <List.Item>
          <Flex gap={10} align="flex-start" style={{ width: '100%' }}>
            <Checkbox
              // Ticked at once; the list drops the task when the server has it.
              checked={
                toggle.isPending && toggle.variables.task.id === task.id ? toggle.variables.done : task.done
              }
              disabled={!can('tasks.write') || toggle.isPending}
              onChange={(e) => toggle.mutate({ task, done: e.target.checked })}
              aria-label={t.today.done}
            />
            <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Typography.Text delete={task.done}>{task.title}</Typography.Text>
              <Flex gap={6} wrap align="center">
                {task.side && (
                  <Tag color={task.side === 'ours' ? 'blue' : 'purple'}>{t.today.sides[task.side]}</Tag>
                )}
                {task.customer && <Link to={`/customers/${task.customer.id}`}>{task.customer.name}</Link>}
                {task.dueDate && (
                  <Typography.Text
                    type={task.dueDate < today ? 'danger' : 'secondary'}
                    style={{ fontSize: 13 }}
                  >
                    {task.dueDate}
                  </Typography.Text>
                )}
              </Flex>
            </Flex>
          </Flex>
        </List.Item>
      )}
    />
  );
}
