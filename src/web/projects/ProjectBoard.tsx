import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty } from 'antd';
import { PROJECT_STATUSES } from '../../domain/project';
import { listProjects, projectsKey, type TProjectQuery } from '../api/projects';
import { useT } from '../i18n/I18nProvider';
import { ProjectColumn } from './ProjectColumn';

/**
 * 交付看板: one column per 交付状态 (待启动 → 已完成), as the 项目/服务交付看板 sheet has it; a status filter keeps
 * its column only. Status is changed on the project's page, so the board needs no dragging.
 */
export function ProjectBoard({ query, onNew }: { query: TProjectQuery; onNew: (() => void) | null }) {
  const t = useT();
  // Whether there is any project at all: an empty workspace gets a word on what projects are for, not four empty
  // columns.
  const any = useQuery({
    queryKey: [...projectsKey, 'any'],
    queryFn: ({ signal }) => listProjects({}, null, signal, 1),
  });
  if (any.data?.total === 0)
    return (
      <Empty description={t.projects.empty.none} style={{ padding: 48 }}>
        <p className="keyi-project-muted">{t.projects.empty.hint}</p>
        {onNew && (
          <Button type="primary" icon={<PlusOutlined />} onClick={onNew}>
            {t.projects.new}
          </Button>
        )}
      </Empty>
    );
  const statuses = query.status ? [query.status] : PROJECT_STATUSES;
  return (
    <div className={`keyi-project-board${query.status ? ' is-single' : ''}`}>
      {statuses.map((status) => (
        <ProjectColumn key={status} status={status} query={query} />
      ))}
    </div>
  );
}
