import { ClockCircleOutlined, UserOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { TCustomer } from '../../domain/customer';
import { fromNow } from '../i18n/format';
import { useT } from '../i18n/I18nProvider';
import { DictTag, GradeBadge } from './labels';
import { primaryContact } from './primaryContact';
import { typeColor } from './tagColors';

function CustomerCard({ customer }: { customer: TCustomer }) {
  const t = useT();
  const contact = primaryContact(customer);
  return (
    <Link to={`/customers/${customer.id}`} className="keyi-customer-card">
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Typography.Text strong className="keyi-customer-card-name">
          {customer.name}
        </Typography.Text>
        <GradeBadge grade={customer.grade} manual={customer.gradeIsManual} />
      </Flex>
      <Flex gap={6} wrap align="center" style={{ marginTop: 6 }}>
        <DictTag value={customer.type} color={typeColor(customer.type?.key)} />
        {customer.status && <Typography.Text type="secondary">{customer.status.label}</Typography.Text>}
        {customer.city && <Typography.Text type="secondary">· {customer.city}</Typography.Text>}
      </Flex>
      <Flex justify="space-between" gap={8} style={{ marginTop: 8 }} className="keyi-customer-card-meta">
        <span>
          <UserOutlined />{' '}
          {contact
            ? `${contact.name}${contact.mobile ? ` ${contact.mobile}` : ''}`
            : t.customers.contact.empty}
        </span>
        <span>
          <ClockCircleOutlined />{' '}
          {customer.lastFollowUpAt ? fromNow(customer.lastFollowUpAt) : t.customers.card.noFollowUp}
        </span>
      </Flex>
    </Link>
  );
}

/** The phone list: one card per customer; the next page loads when the end comes into view. */
export function CustomerCards(props: {
  items: TCustomer[];
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}) {
  const { items, hasMore, loading, onLoadMore } = props;
  const t = useT();
  const endRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const end = endRef.current;
    if (!end || !hasMore) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !loading) onLoadMore();
    });
    observer.observe(end);
    return () => observer.disconnect();
  }, [hasMore, loading, onLoadMore]);
  return (
    <div className="keyi-customer-cards" role="list">
      {items.map((customer) => (
        <div role="listitem" key={customer.id}>
          <CustomerCard customer={customer} />
        </div>
      ))}
      <div ref={endRef} className="keyi-list-end">
        {hasMore ? t.common.loading : items.length > 0 ? t.customers.list.end : null}
      </div>
    </div>
  );
}
