import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { customerHistoryKey, getCustomerHistory } from '../../api/customers';
import { useSession } from '../../auth/session';
import { LoadError } from '../../components/LoadError';
import { formatDateTime } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { describeEntry } from './historyText';
import { useHistoryContext } from './useHistoryContext';

const FIRST = 8;

/** 操作记录, newest first, in sentences. */
export function HistorySection({ customerId }: { customerId: string }) {
  const t = useT();
  const [locale] = useLocale();
  const { workspace } = useSession();
  const [all, setAll] = useState(false);
  const ctx = useHistoryContext();
  const history = useQuery({
    queryKey: customerHistoryKey(customerId),
    queryFn: () => getCustomerHistory(customerId),
  });
  if (history.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (history.isError) return <LoadError error={history.error} onRetry={() => void history.refetch()} />;
  const items = history.data.items;
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.customers.history.empty} />;
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <>
      <Timeline
        className="keyi-history"
        items={shown.map((entry) => {
          const lines = describeEntry(entry, t, locale, ctx);
          return {
            key: entry.id,
            content: (
              <div>
                {lines.map((line, i) => (
                  <div key={i} className={line.startsWith('·') ? 'keyi-history-detail' : undefined}>
                    {line}
                  </div>
                ))}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(entry.at, locale, workspace.timeZone)}
                </Typography.Text>
              </div>
            ),
          };
        })}
      />
      {!all && items.length > FIRST && (
        <Button type="link" onClick={() => setAll(true)} style={{ padding: 0 }}>
          {t.common.loadMore}
        </Button>
      )}
    </>
  );
}
