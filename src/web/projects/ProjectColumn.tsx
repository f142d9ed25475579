import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Spin, Typography } from 'antd';
import type { TProjectStatus } from '../../domain/project';
import { listProjects, projectsKey, type TProjectQuery } from '../api/projects';
import { LoadError } from '../components/LoadError';
import { useT } from '../i18n/I18nProvider';
import { ProjectCard } from './ProjectCard';

/** One 交付状态's projects, newest first, a page at a time. */
export function ProjectColumn({ status, query }: { status: TProjectStatus; query: TProjectQuery }) {
  const t = useT();
  const c = t.projects.column;
  const label = t.projects.statuses[status];
  const list = useInfiniteQuery({
    queryKey: [...projectsKey, 'list', { ...query, status }],
    queryFn: ({ pageParam, signal }) => listProjects({ ...query, status }, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const first = list.data?.pages[0];
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className={`keyi-project-column status-${status}`} aria-label={label}>
      <header className="keyi-project-column-head">
        <Typography.Text strong>{label}</Typography.Text>
        {first && (
          <Typography.Text type="secondary">
            {c.count(first.total)}
            {first.totalCapped ? '+' : ''}
          </Typography.Text>
        )}
      </header>
      <div className="keyi-project-column-body">
        {list.isError && !list.data && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
        {list.isPending && <Spin style={{ display: 'block', padding: 24 }} />}
        {items.map((project) => (
          <ProjectCard key={project.id} project={project} />
        ))}
        {list.data && items.length === 0 && <div className="keyi-project-column-empty">{c.empty}</div>}
        {list.hasNextPage && (
          <Button
            block
            type="dashed"
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {c.more}
          </Button>
        )}
      </div>
    </section>
  );
}
