import { useQuery } from '@tanstack/react-query';
import { Card, Timeline, Typography } from 'antd';
import { dealsKey, getDealHistory } from '../api/deals';
import { formatDateTime } from '../i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';

/** 变更记录: who did what to the deal, newest first, naming the fields a change touched. */
export function DealHistory({ dealId }: { dealId: string }) {
  const t = useT();
  const [locale] = useLocale();
  const history = useQuery({
    queryKey: [...dealsKey, dealId, 'history'],
    queryFn: () => getDealHistory(dealId),
  });
  const fieldLabel = (key: string) => (t.deals.fields as Record<string, unknown>)[key];
  return (
    <Card title={t.deals.detail.history} size="small">
      <Timeline
        items={(history.data?.items ?? []).map((entry) => {
          const fields =
            entry.action === 'update'
              ? Object.keys(entry.changes)
                  .map((k) => fieldLabel(k))
                  .filter((label): label is string => typeof label === 'string')
              : [];
          return {
            content: (
              <div>
                <Typography.Text strong>
                  {t.deals.history.actions[entry.action] ?? entry.action}
                </Typography.Text>
                {fields.length > 0 && <span>：{fields.join('、')}</span>}
                <div className="keyi-deal-muted">
                  {entry.user?.name ?? ''} · {formatDateTime(entry.at, locale)}
                </div>
              </div>
            ),
          };
        })}
      />
    </Card>
  );
}
