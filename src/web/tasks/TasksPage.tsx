import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, FloatButton, Segmented, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { TTask } from '../../domain/task';
import { TASK_VIEWS } from '../../domain/task';
import type { TTaskQuery } from '../api/tasks';
import { useCan } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { useIsPhone } from '../components/useIsPhone';
import { useT } from '../i18n/I18nProvider';
import { TaskFilters } from './TaskFilters';
import { TaskFormModal } from './TaskFormModal';
import { TaskGroups } from './TaskGroups';
import { useTaskList } from './taskCache';
import { readTaskQuery, writeTaskQuery } from './taskQuery';
import { useTaskActions } from './useTaskActions';
import { useToday } from './useToday';
import './tasks.css';

/** 待办: my or the team's tasks by due date, ticked off in one tap. */
export function TasksPage() {
  const t = useT();
  const can = useCan();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const query = readTaskQuery(params);
  const list = useTaskList(query);
  const actions = useTaskActions();
  const [editing, setEditing] = useState<TTask | 'new' | null>(null);
  const canWrite = can('tasks.write');
  const setQuery = (next: TTaskQuery) => setParams(writeTaskQuery(next), { replace: true });
  const filtered = !!query.due || !!query.assigneeId;

  const views = TASK_VIEWS.map((v) => ({ value: v, label: t.tasks.views[v] }));
  const switchView = (view: string) => setQuery({ ...query, view: view === 'team' ? 'team' : 'mine' });
  const create = canWrite ? () => setEditing('new') : undefined;
  const calendarButton = (
    <Button icon={<CalendarOutlined />} onClick={() => void navigate('/calendar')}>
      {t.tasks.calendar}
    </Button>
  );

  const empty = filtered ? (
    <Empty description={t.tasks.empty.filtered}>
      <Button onClick={() => setQuery({ view: query.view, state: query.state })}>
        {t.tasks.clearFilters}
      </Button>
    </Empty>
  ) : (
    <Empty description={query.state === 'done' ? t.tasks.empty.done : t.tasks.empty.open}>
      <p className="keyi-task-muted">{t.tasks.empty.hint}</p>
      {create && query.state !== 'done' && (
        <Button type="primary" icon={<PlusOutlined />} onClick={create}>
          {t.tasks.new}
        </Button>
      )}
    </Empty>
  );

  let body;
  if (list.isError && !list.data) body = <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.isPending) body = <Spin style={{ display: 'block', padding: 48 }} />;
  else if (list.items.length === 0) body = <div className="keyi-task-empty">{empty}</div>;
  else
    body = (
      <TaskGroups
        items={list.items}
        grouped={query.state === 'open'}
        today={today}
        layout={isPhone ? 'card' : 'row'}
        showAssignee={query.view === 'team'}
        canWrite={canWrite}
        actions={actions}
        onOpen={setEditing}
        hasMore={!!list.hasNextPage}
        loadingMore={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    );

  return (
    <div className={isPhone ? 'keyi-tasks-phone' : 'keyi-tasks-page'}>
      <PageHeader
        title={t.tasks.title}
        subtitle={list.isSuccess ? t.tasks.count(list.total, list.totalCapped) : undefined}
        extra={
          <>
            {calendarButton}
            {create && !isPhone && (
              <Button type="primary" icon={<PlusOutlined />} onClick={create}>
                {t.tasks.new}
              </Button>
            )}
          </>
        }
      />
      {isPhone ? (
        <Segmented block size="large" value={query.view} options={views} onChange={switchView} />
      ) : (
        <Tabs
          activeKey={query.view}
          items={views.map((v) => ({ key: v.value, label: v.label }))}
          onChange={switchView}
          className="keyi-task-tabs"
        />
      )}
      <TaskFilters query={query} onChange={setQuery} isPhone={isPhone} />
      {body}
      {create && isPhone && (
        <FloatButton
          type="primary"
          icon={<PlusOutlined />}
          aria-label={t.tasks.new}
          tooltip={t.tasks.new}
          onClick={create}
          className="keyi-fab"
        />
      )}
      {editing && (
        <TaskFormModal task={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </div>
  );
}
