import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, List, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TCustomer } from '../../domain/customer';
import { formatYuan } from '../../domain/money';
import { dealsKey, listDeals } from '../api/deals';
import { useCan } from '../auth/session';
import { useLocale, useT } from '../i18n/I18nProvider';
import { DealFormModal } from './DealFormModal';
import { StageTag } from './StageTag';

/** The customer's deals on their card: what is open, what was won (in total), and a new one in a click. */
export function CustomerDeals({ customer }: { customer: TCustomer }) {
  const t = useT();
  const [locale] = useLocale();
  const can = useCan();
  const [creating, setCreating] = useState(false);
  const query = { customerId: customer.id, sort: '-createdAt' };
  const deals = useQuery({ queryKey: [...dealsKey, 'list', query], queryFn: () => listDeals(query, null) });
  const items = deals.data?.items ?? [];
  return (
    <>
      {customer.wonCount > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t.deals.customerSection.wonTotal(formatYuan(customer.wonAmount, locale), customer.wonCount)}
        </Typography.Paragraph>
      )}
      {items.length === 0 && !deals.isPending ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.deals.customerSection.none} />
      ) : (
        <List
          size="small"
          loading={deals.isPending}
          dataSource={items}
          renderItem={(d) => {
            const amount = d.stage.kind === 'open' ? d.expectedAmount : (d.actualAmount ?? d.expectedAmount);
            return (
              <List.Item extra={amount === null ? null : formatYuan(amount, locale)}>
                <List.Item.Meta
                  title={<Link to={`/deals/${d.id}`}>{d.title}</Link>}
                  description={
                    <>
                      <StageTag stage={d.stage} /> {d.closedDate ?? d.expectedCloseDate ?? ''}
                    </>
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
      {can('deals.write') && (
        <Button
          block
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          style={{ marginTop: 8 }}
        >
          {t.deals.new}
        </Button>
      )}
      {creating && <DealFormModal deal={null} customerId={customer.id} onClose={() => setCreating(false)} />}
    </>
  );
}
