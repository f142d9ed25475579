import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { customerHistoryKey, getCustomerHistory } from '../../api/customers';
import { useDictionaries } from '../../api/dictionaries';
import { useSession } from '../../auth/session';
import { LoadError } from '../../components/LoadError';
import { formatDateTime } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { useCustomFields } from '../../api/custom-fields';
import { customDisplay } from '../customFieldUi';
import { describeEntry, type THistoryContext } from './historyText';

const FIRST = 8;

/** 操作记录, newest first, in sentences. */
export function HistorySection({ customerId }: { customerId: string }) {
  const t = useT();
  const [locale] = useLocale();
  const { workspace } = useSession();
  const [all, setAll] = useState(false);
  const dicts = useDictionaries();
  const custom = useCustomFields();
  const ctx: THistoryContext = {
    label: dicts.label,
    custom: (key, value) => {
      const field = custom.fields.find((f) => f.key === key);
      if (!field) return { name: key, value: value == null ? '' : String(value) };
      const shown = customDisplay(field, value, custom.options(field), t, locale);
      const text = Array.isArray(value)
        ? value
            .map((v) => custom.options(field).find((o) => o.value === v)?.label ?? String(v))
            .join(locale === 'zh-CN' ? '、' : ', ')
        : typeof shown === 'string'
          ? shown
          : String(value ?? '');
      return { name: custom.label(field), value: text };
    },
  };
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
