import { PlusOutlined } from '@ant-design/icons';
import { Button, FloatButton, Segmented } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { TProjectDetail } from '../../domain/project';
import type { TProjectQuery } from '../api/projects';
import { useCan } from '../auth/session';
import { PageHeader } from '../components/PageHeader';
import { ImportLink } from '../customers/import/ImportLink';
import { useIsPhone } from '../components/useIsPhone';
import { useKeyShortcut } from '../customers/useKeyShortcut';
import { useT } from '../i18n/I18nProvider';
import { ProjectBoard } from './ProjectBoard';
import { ProjectFilters } from './ProjectFilters';
import { ProjectFormModal } from './ProjectFormModal';
import { readProjectQuery, writeProjectQuery, type TProjectsTab } from './projectQuery';
import { ReceivablesView } from './ReceivablesView';
import './projects.css';

/** 交付与收款: the delivery board (default) or what customers owe, with the same "mine / all"; "c" starts a project. */
export function ProjectsPage() {
  const t = useT();
  const p = t.projects;
  const can = useCan();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { tab, query } = readProjectQuery(params);
  const [creating, setCreating] = useState(false);
  const set = (nextTab: TProjectsTab, next: TProjectQuery) =>
    setParams(writeProjectQuery(nextTab, next), { replace: true });
  const canWrite = can('projects.write');
  useKeyShortcut('c', () => canWrite && setCreating(true));
  const onNew = canWrite ? () => setCreating(true) : null;

  return (
    <div className="keyi-projects-page">
      <PageHeader
        title={p.title}
        extra={
          <>
            <Segmented<TProjectsTab>
              value={tab}
              options={[
                { value: 'board', label: p.tabs.board },
                { value: 'receivables', label: p.tabs.receivables },
              ]}
              onChange={(v) => set(v, query)}
            />
            {canWrite && !isPhone && <ImportLink kind="projects" />}
            {canWrite && !isPhone && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {p.new}
              </Button>
            )}
          </>
        }
      />
      <ProjectFilters tab={tab} query={query} onChange={(next) => set(tab, next)} />
      {tab === 'board' ? (
        <ProjectBoard query={query} onNew={onNew} />
      ) : (
        <ReceivablesView ownerId={query.ownerId} />
      )}
      {canWrite && isPhone && (
        <FloatButton
          type="primary"
          icon={<PlusOutlined />}
          aria-label={p.new}
          tooltip={p.new}
          onClick={() => setCreating(true)}
          className="keyi-fab"
        />
      )}
      {creating && (
        <ProjectFormModal
          project={null}
          onClose={(saved?: TProjectDetail) => {
            setCreating(false);
            if (saved) void navigate(`/projects/${saved.id}`);
          }}
        />
      )}
    </div>
  );
}
