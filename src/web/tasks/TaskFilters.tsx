import { Segmented, Select } from 'antd';
import { TASK_DUE, TASK_STATES } from '../../domain/task';
import type { TTaskQuery } from '../api/tasks';
import { useMemberOptions } from '../customers/useMemberOptions';
import { useT } from '../i18n/I18nProvider';

/** Open or done, which due window, and in the team view whose. */
export function TaskFilters(props: {
  query: TTaskQuery;
  onChange: (query: TTaskQuery) => void;
  isPhone: boolean;
}) {
  const { query, onChange, isPhone } = props;
  const t = useT();
  const members = useMemberOptions();
  const dueOptions = [
    { value: '', label: t.tasks.dueFilters.any },
    ...TASK_DUE.map((d) => ({ value: d, label: t.tasks.dueFilters[d] })),
  ];
  return (
    <div className={`keyi-task-filters${isPhone ? ' is-phone' : ''}`}>
      <Segmented
        value={query.state}
        options={TASK_STATES.map((s) => ({ value: s, label: t.tasks.states[s] }))}
        onChange={(state) => onChange({ ...query, state })}
      />
      <Select
        value={query.due ?? ''}
        options={dueOptions}
        onChange={(due: string) => onChange({ ...query, due: TASK_DUE.find((d) => d === due) })}
        aria-label={t.tasks.columns.due}
        popupMatchSelectWidth={false}
        style={{ minWidth: 120 }}
      />
      {query.view === 'team' && members.length > 0 && (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t.tasks.allMembers}
          value={query.assigneeId}
          options={members}
          onChange={(assigneeId?: string) => onChange({ ...query, assigneeId })}
          aria-label={t.tasks.columns.assignee}
          style={{ minWidth: 140 }}
        />
      )}
    </div>
  );
}
