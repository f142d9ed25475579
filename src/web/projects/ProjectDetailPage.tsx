import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Result, Spin } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { TProjectDetail } from '../../domain/project';
import { isApiError } from '../api/client';
import { deleteProject } from '../api/projects';
import { useCan } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { useIsPhone } from '../components/useIsPhone';
import { useT } from '../i18n/I18nProvider';
import { InstallmentsCard } from './InstallmentsCard';
import { MilestonesCard } from './MilestonesCard';
import { MoneySummary } from './MoneySummary';
import { ProjectFormModal } from './ProjectFormModal';
import { ProjectStatusSelect } from './ProjectStatusSelect';
import { useProject, useProjectWrite } from './useProjectWrite';
import './projects.css';
import './project-detail.css';

/** One delivery project: where the work stands (milestones) and where the money stands (installments, payments). */
export function ProjectDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const query = useProject(id);
  if (query.isError && isApiError(query.error) && query.error.status === 404)
    return (
      <Result
        status="404"
        title={t.projects.detail.notFound}
        extra={<Link to="/projects">{t.projects.detail.back}</Link>}
      />
    );
  if (query.isError && !query.data)
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Spin style={{ display: 'block', padding: 48 }} />;
  return <ProjectDetail project={query.data} />;
}

function ProjectDetail({ project }: { project: TProjectDetail }) {
  const t = useT();
  const can = useCan();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const canWrite = can('projects.write');
  const remove = useProjectWrite(() => deleteProject(project.id), {
    success: t.projects.deleted,
    onSuccess: () => void navigate('/projects'),
  });
  return (
    <div className="keyi-project-detail-page">
      <PageHeader
        title={project.name}
        documentTitle={`${project.name} · ${t.projects.title}`}
        subtitle={
          <span className="keyi-project-subtitle">
            <span>{project.number}</span>
            <Link to={`/customers/${project.customer.id}`}>{project.customer.name}</Link>
            {project.dealId && <Link to={`/deals/${project.dealId}`}>{t.projects.fields.deal}</Link>}
          </span>
        }
        extra={
          <>
            <ProjectStatusSelect project={project} disabled={!canWrite} />
            {!isPhone && (
              <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/projects')}>
                {t.projects.detail.back}
              </Button>
            )}
            {canWrite && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t.common.edit}
              </Button>
            )}
            {canWrite && (
              <Popconfirm
                title={t.projects.deleteConfirm}
                description={t.projects.deleteHint}
                onConfirm={() => remove.mutate(undefined)}
              >
                <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                  {t.common.delete}
                </Button>
              </Popconfirm>
            )}
          </>
        }
      />
      <MoneySummary project={project} />
      <MilestonesCard project={project} />
      <InstallmentsCard project={project} />
      {editing && <ProjectFormModal project={project} onClose={() => setEditing(false)} />}
    </div>
  );
}
