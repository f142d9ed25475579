import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EditOutlined,
  FileTextOutlined,
  MergeCellsOutlined,
  MoreOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { TCustomer } from '../../../domain/customer';
import { customersKey, deleteCustomer } from '../../api/customers';
import { recycleBinKey } from '../../api/recycle-bin';
import { useCan } from '../../auth/session';
import { usePageTitle } from '../../components/usePageTitle';
import { fromNow } from '../../i18n/format';
import { useT } from '../../i18n/I18nProvider';
import { customerErrorText } from '../errors';
import { DictTag, GradeBadge, TagList } from '../labels';
import { MergeModal } from '../MergeModal';
import { statusColor, typeColor } from '../tagColors';

/** Who the customer is at a glance: name, number, grade, where they stand, who owns them. */
export function CardHeader({ customer }: { customer: TCustomer }) {
  const t = useT();
  const c = t.customers.card;
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const [merging, setMerging] = useState(false);
  usePageTitle(customer.name);

  function confirmDelete() {
    modal.confirm({
      title: c.deleteTitle(customer.name),
      content: c.deleteContent,
      okText: t.common.delete,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: async () => {
        try {
          await deleteCustomer(customer.id);
          void message.success(c.deleted);
          void queryClient.invalidateQueries({ queryKey: customersKey });
          void queryClient.invalidateQueries({ queryKey: recycleBinKey });
          navigate('/customers', { replace: true });
        } catch (error) {
          void message.error(customerErrorText(error, t));
        }
      },
    });
  }

  const more = [
    ...(can('customers.merge') ? [{ key: 'merge', icon: <MergeCellsOutlined />, label: c.merge }] : []),
    { key: 'delete', icon: <DeleteOutlined />, label: c.delete, danger: true },
  ];
  return (
    <div className="keyi-card-header">
      <Flex justify="space-between" align="center" gap={8}>
        <Link to="/customers" className="keyi-back-link">
          <ArrowLeftOutlined /> {c.back}
        </Link>
        <Flex gap={8}>
          <Button
            icon={<FileTextOutlined />}
            title={t.briefing.buttonHint}
            onClick={() => navigate(`/customers/${customer.id}/briefing`)}
          >
            {t.briefing.button}
          </Button>
          {can('customers.write') && (
            <Flex gap={8}>
              <Button icon={<EditOutlined />} onClick={() => navigate(`/customers/${customer.id}/edit`)}>
                {c.edit}
              </Button>
              <Dropdown
                trigger={['click']}
                menu={{
                  items: more,
                  onClick: ({ key }) => (key === 'merge' ? setMerging(true) : confirmDelete()),
                }}
              >
                <Button icon={<MoreOutlined />} aria-label={c.more} />
              </Dropdown>
            </Flex>
          )}
        </Flex>
      </Flex>
      <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginTop: 8 }}>
        <div style={{ minWidth: 0, flex: 1 }}>
          <Flex align="center" gap={10} wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {customer.name}
            </Typography.Title>
            <GradeBadge grade={customer.grade} manual={customer.gradeIsManual} size="large" />
          </Flex>
          <Flex gap={8} align="center" wrap style={{ marginTop: 8 }}>
            <Typography.Text type="secondary" copyable>
              {customer.number}
            </Typography.Text>
            <Tag>{t.customers.kinds[customer.kind]}</Tag>
            <DictTag value={customer.type} color={typeColor(customer.type?.key)} />
            <DictTag value={customer.status} color={statusColor(customer.status?.key)} />
            {customer.stage && <Tag variant="outlined">{customer.stage.label}</Tag>}
            <TagList tags={customer.tags} />
          </Flex>
          <Flex gap={16} wrap style={{ marginTop: 8 }} className="keyi-card-meta">
            <span>
              {c.ownerLabel}
              <strong>{customer.owner?.name ?? t.customers.noOwner}</strong>
            </span>
            <span>
              {customer.lastFollowUpAt ? c.lastFollowUp(fromNow(customer.lastFollowUpAt)) : c.noFollowUp}
            </span>
          </Flex>
        </div>
      </Flex>
      {merging && <MergeModal customer={customer} onClose={() => setMerging(false)} />}
    </div>
  );
}
