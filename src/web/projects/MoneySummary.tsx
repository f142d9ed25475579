import { Alert, Card, Descriptions, Progress, Statistic } from 'antd';
import { formatYuan } from '../../domain/money';
import type { TProjectDetail } from '../../domain/project';
import { useLocale, useT } from '../i18n/I18nProvider';
import { percentOf } from './projectText';

/**
 * Where the money stands (contract, received, still to collect) and whether the installments add up to the
 * contract: a plan short of it or past it is the mistake people find only at the 尾款.
 */
export function MoneySummary({ project }: { project: TProjectDetail }) {
  const t = useT();
  const w = t.projects.money;
  const f = t.projects.fields;
  const [locale] = useLocale();
  const yuan = (fen: number) => formatYuan(fen, locale);
  const outstanding = Math.max(0, project.contractAmount - project.receivedAmount);
  const gap = project.unscheduledAmount;
  const percent = percentOf(project.receivedAmount, project.contractAmount);
  return (
    <Card size="small" className="keyi-project-money">
      <div className="keyi-project-money-stats">
        <Statistic title={w.contract} value={yuan(project.contractAmount)} />
        <div>
          <Statistic title={w.received} value={yuan(project.receivedAmount)} />
          <Progress
            percent={percent}
            size="small"
            status={percent >= 100 ? 'success' : 'normal'}
            format={() => w.percent(percent)}
          />
        </div>
        <Statistic title={w.outstanding} value={yuan(outstanding)} />
      </div>
      {gap !== 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={w.scheduled(
            yuan(project.installmentsTotal),
            gap > 0 ? w.short(yuan(gap)) : w.over(yuan(-gap)),
          )}
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        style={{ marginTop: 12 }}
        items={[
          { label: f.owner, children: project.owner.name },
          { label: f.startDate, children: project.startDate ?? '—' },
          { label: f.expectedEnd, children: project.expectedEnd ?? '—' },
          ...(project.notes ? [{ label: f.notes, children: project.notes, span: 'filled' as const }] : []),
        ]}
      />
    </Card>
  );
}
