import { EditOutlined, PhoneOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { TDueCustomer } from '../../domain/today';
import { useCan } from '../auth/session';
import { useQuickLog } from '../follow-ups/QuickLogContext';
import { useT } from '../i18n/I18nProvider';
import { SnoozeButton } from './SnoozeButton';

/** Customers with why each is due and one-tap actions: call, log, snooze. */
export function DueCustomerList({
  items,
  today,
  empty,
  snooze = true,
}: {
  items: TDueCustomer[];
  today: string;
  empty: string;
  snooze?: boolean;
}) {
  const t = useT();
  const can = useCan();
  const openQuickLog = useQuickLog();
  if (!items.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} style={{ margin: '8px 0' }} />;
  return (
    <List
      dataSource={items}
      rowKey="id"
      renderItem={(c) => {
        const overdue = c.nextDueDate !== null && c.nextDueDate < today;
        // A masked number (138****5678) cannot be dialled.
        const dialable = c.phone && !c.phone.includes('*');
        return (
          <List.Item className="keyi-due-item">
            <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Flex gap={6} align="center" wrap>
                <Link to={`/customers/${c.id}`} className="keyi-due-name">
                  {c.name}
                </Link>
                {c.grade && (
                  <Tag color={c.grade === 'A' ? 'red' : c.grade === 'B' ? 'orange' : 'default'}>
                    {c.grade}
                  </Tag>
                )}
              </Flex>
              <Typography.Text type={overdue ? 'danger' : 'secondary'} style={{ fontSize: 13 }}>
                {c.reason}
              </Typography.Text>
            </Flex>
            <Flex gap={6} wrap justify="flex-end" className="keyi-due-actions">
              {dialable && (
                <Button
                  size="small"
                  icon={<PhoneOutlined />}
                  href={`tel:${c.phone}`}
                  aria-label={t.today.call}
                />
              )}
              {can('followUps.write') && (
                <Button
                  size="small"
                  type="primary"
                  icon={<EditOutlined />}
                  onClick={() => openQuickLog({ id: c.id, name: c.name, number: c.number })}
                >
                  {t.today.log}
                </Button>
              )}
              {snooze && can('customers.write') && <SnoozeButton customerId={c.id} today={today} />}
            </Flex>
          </List.Item>
        );
      }}
    />
  );
}
