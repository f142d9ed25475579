import { Select, Tag } from 'antd';
import { PROJECT_STATUSES, type TProject, type TProjectStatus } from '../../domain/project';
import { updateProject } from '../api/projects';
import { useT } from '../i18n/I18nProvider';
import { PROJECT_STATUS_COLORS } from './projectText';
import { useProjectWrite } from './useProjectWrite';

/** 交付状态 is set by people (unlike the milestone and installment statuses): one select in the page header. */
export function ProjectStatusSelect({ project, disabled }: { project: TProject; disabled: boolean }) {
  const t = useT();
  const change = useProjectWrite(
    (status: TProjectStatus) => updateProject(project.id, { version: project.version, status }),
    { success: (saved) => t.projects.statusChanged(t.projects.statuses[saved.status]) },
  );
  if (disabled)
    return (
      <Tag color={PROJECT_STATUS_COLORS[project.status]} style={{ alignSelf: 'center' }}>
        {t.projects.statuses[project.status]}
      </Tag>
    );
  return (
    <Select<TProjectStatus>
      aria-label={t.projects.fields.status}
      value={project.status}
      loading={change.isPending}
      onChange={(status) => change.mutate(status)}
      options={PROJECT_STATUSES.map((s) => ({
        value: s,
        label: <Tag color={PROJECT_STATUS_COLORS[s]}>{t.projects.statuses[s]}</Tag>,
      }))}
      style={{ width: 120 }}
      variant="filled"
    />
  );
}
