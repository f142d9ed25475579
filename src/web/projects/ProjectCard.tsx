import { FlagOutlined } from '@ant-design/icons';
import { Progress, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatYuan } from '../../domain/money';
import type { TProject } from '../../domain/project';
import { useLocale, useT } from '../i18n/I18nProvider';
import { percentOf } from './projectText';

/**
 * A project on the board: customer, milestones done (2/3), a 延期 tag while one is late, and received against the
 * contract, all from the list's row.
 */
export function ProjectCard({ project: p }: { project: TProject }) {
  const t = useT();
  const c = t.projects.card;
  const [locale] = useLocale();
  const progress = p.milestoneCounts;
  const percent = percentOf(p.receivedAmount, p.contractAmount);
  return (
    <article className="keyi-project-card" aria-label={`${p.name} · ${p.customer.name}`}>
      <div className="keyi-project-card-top">
        <Link to={`/projects/${p.id}`} className="keyi-project-card-title">
          {p.name}
        </Link>
        {p.delayed && (
          <Tag color="error" style={{ marginInlineEnd: 0 }}>
            {c.delayed}
          </Tag>
        )}
      </div>
      <Typography.Text type="secondary" ellipsis className="keyi-project-card-customer">
        {p.customer.name}
      </Typography.Text>
      <div className="keyi-project-card-meta">
        <span>
          <FlagOutlined /> {progress.total ? c.milestones(progress.done, progress.total) : c.noMilestones}
        </span>
        <span>{p.owner.name}</span>
      </div>
      <div className="keyi-project-card-money">
        {c.received(formatYuan(p.receivedAmount, locale), formatYuan(p.contractAmount, locale))}
      </div>
      <Progress
        percent={percent}
        size="small"
        showInfo={false}
        status={percent >= 100 ? 'success' : 'normal'}
      />
    </article>
  );
}
