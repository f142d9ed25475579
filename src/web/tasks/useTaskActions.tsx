import { useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useCallback } from 'react';
import type { TTask } from '../../domain/task';
import { calendarKey } from '../api/calendar';
import { isApiError } from '../api/client';
import { customerKey } from '../api/customers';
import { timelineKey } from '../api/follow-ups';
import { deleteTask, tasksKey, updateTask } from '../api/tasks';
import { errorText } from '../forms/serverErrors';
import { useLocale, useT } from '../i18n/I18nProvider';
import { dueLabel } from './dueDates';
import { cancelTaskLists, dropTask, replaceTask } from './taskCache';
import { useToday } from './useToday';

/** Done, due date and delete from a list row: applied at once, put back if the server says no. */
export function useTaskActions() {
  const t = useT();
  const [locale] = useLocale();
  const today = useToday();
  const client = useQueryClient();
  const { message } = App.useApp();

  // Elsewhere shows the same work: the calendar, and for a follow-up's item its customer's timeline.
  const refreshAround = useCallback(
    (task: TTask) => {
      void client.invalidateQueries({ queryKey: calendarKey });
      if (task.followUp && task.customer) {
        void client.invalidateQueries({ queryKey: timelineKey(task.customer.id) });
        void client.invalidateQueries({ queryKey: customerKey(task.customer.id) });
      }
    },
    [client],
  );

  const save = useCallback(
    async (task: TTask, change: Partial<Pick<TTask, 'done' | 'dueDate'>>): Promise<TTask | null> => {
      await cancelTaskLists(client);
      const doneAt = change.done === undefined ? task.doneAt : change.done ? new Date().toISOString() : null;
      replaceTask(client, { ...task, ...change, doneAt });
      try {
        const saved = await updateTask(task.id, { version: task.version, ...change });
        replaceTask(client, saved);
        refreshAround(saved);
        return saved;
      } catch (error) {
        if (isApiError(error) && error.code === 'VERSION_CONFLICT' && error.current) {
          replaceTask(client, error.current as TTask);
          void message.warning(t.common.conflictReloaded);
        } else {
          replaceTask(client, task);
          void message.error(errorText(error, t));
        }
        return null;
      }
    },
    [client, message, refreshAround, t],
  );

  const setDone = useCallback(
    async (task: TTask, done: boolean) => {
      const saved = await save(task, { done });
      if (!saved) return;
      const key = `task-done-${task.id}`;
      if (!done) {
        void message.success({ key, content: t.tasks.reopened });
        return;
      }
      void message.success({
        key,
        duration: 5,
        content: (
          <span>
            {t.tasks.doneToast(task.title)}
            <Button
              type="link"
              size="small"
              onClick={() => {
                message.destroy(key);
                void save(saved, { done: false });
              }}
            >
              {t.tasks.undo}
            </Button>
          </span>
        ),
      });
    },
    [message, save, t],
  );

  const setDue = useCallback(
    async (task: TTask, dueDate: string | null) => {
      if (dueDate === task.dueDate) return;
      const saved = await save(task, { dueDate });
      if (!saved) return;
      void message.success(
        dueDate ? t.tasks.dueChanged(dueLabel(dueDate, today, t, locale)) : t.tasks.dueCleared,
      );
      // The row belongs under another heading now: fetch the lists again in the server's order.
      void client.invalidateQueries({ queryKey: tasksKey });
    },
    [client, locale, message, save, t, today],
  );

  const remove = useCallback(
    async (task: TTask) => {
      try {
        await deleteTask(task.id);
        dropTask(client, task.id);
        refreshAround(task);
        void message.success(t.tasks.deleted);
      } catch (error) {
        void message.error(errorText(error, t));
      }
    },
    [client, message, refreshAround, t],
  );

  return { setDone, setDue, remove };
}
