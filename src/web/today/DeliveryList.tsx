import { Empty, List, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { TDeliveryItem } from '../../domain/today';
import { useT } from '../i18n/I18nProvider';

const COLORS = { milestone: 'purple', installment: 'orange', contractEnd: 'magenta' } as const;

/** Milestones and payments due by today, late ones first, and contracts coming up for renewal. */
export function DeliveryList({ items, today }: { items: TDeliveryItem[]; today: string }) {
  const t = useT();
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.today.deliveryEmpty} />;
  const when = (item: TDeliveryItem) => {
    const days = dayjs(item.date).diff(dayjs(today), 'day');
    if (item.kind === 'contractEnd')
      return <Typography.Text type="warning">{t.today.deliveryEnds(days)}</Typography.Text>;
    if (days < 0) return <Typography.Text type="danger">{t.today.deliveryLate(-days)}</Typography.Text>;
    return <Typography.Text>{t.today.deliveryToday}</Typography.Text>;
  };
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(item) => (
        <List.Item extra={when(item)}>
          <List.Item.Meta
            title={
              <>
                <Tag color={COLORS[item.kind]}>{t.calendar.kinds[item.kind]}</Tag>
                <Link to={item.link}>{item.title}</Link>
              </>
            }
            description={item.detail}
          />
        </List.Item>
      )}
    />
  );
}
