import { EditOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Tag, Typography } from 'antd';
import type { TDaySource, TSpecialDay } from '../../domain/working-day-override';
import { useLocale, useT } from '../i18n/I18nProvider';
import { dayName, formatDays, libraryText, runsOf } from './workingDayView';

const SOURCE_COLORS: Record<TDaySource, string> = {
  holiday: 'red',
  makeUpWorkday: 'blue',
  override: 'orange',
};

/** The year's holidays, make-up workdays and company changes, one row per holiday period or change. */
export function WorkingDaysList(props: {
  year: number;
  items: readonly TSpecialDay[];
  onEdit?: (day: string) => void;
}) {
  const { year, items, onEdit } = props;
  const t = useT();
  const w = t.workingDays;
  const [locale] = useLocale();
  const runs = runsOf(items);
  return (
    <section aria-label={w.listTitle(year)}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {w.listTitle(year)}
      </Typography.Title>
      {runs.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={w.empty} />}
      {runs.map(({ first, last, count }) => {
        const isOverride = first.source === 'override';
        const name = dayName(first, locale);
        const details = [
          formatDays(first.day, last, locale),
          count > 1 ? w.days(count) : null,
          isOverride && first.library ? w.was(libraryText(first.library, t, locale)) : null,
        ].filter(Boolean);
        return (
          <Flex
            key={first.day}
            gap={8}
            align="center"
            style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}
          >
            <Tag color={SOURCE_COLORS[first.source]} style={{ marginInlineEnd: 0, flex: 'none' }}>
              {w.sources[first.source]}
            </Tag>
            <div style={{ flex: 1, minWidth: 0 }}>
              <Typography.Text strong>
                {isOverride ? w.kinds[first.kind] : name}
                {isOverride && name ? ` · ${name}` : ''}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                {details.join(' · ')}
              </Typography.Text>
            </div>
            {isOverride && onEdit && (
              <Button
                size="small"
                icon={<EditOutlined />}
                aria-label={`${t.common.edit} ${first.day}`}
                onClick={() => onEdit(first.day)}
              >
                {t.common.edit}
              </Button>
            )}
          </Flex>
        );
      })}
    </section>
  );
}
