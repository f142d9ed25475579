import { Table, Typography } from 'antd';
import { useState } from 'react';
import { formatYuan } from '../../domain/money';
import type { TInstallment, TMilestone } from '../../domain/project';
import { useLocale, useT } from '../i18n/I18nProvider';
import {
  DueText,
  InstallmentActions,
  InstallmentStatusTag,
  type InstallmentHandlers,
} from './InstallmentBits';
import { PaymentList } from './PaymentList';

export interface InstallmentListProps {
  installments: TInstallment[];
  milestones: TMilestone[];
  /** Null for those who may only read. */
  handlers: InstallmentHandlers | null;
}

/** Installments as a table; the payments of each open under its row (open by default, a new payment shows at once). */
export function InstallmentTable({ installments, milestones, handlers }: InstallmentListProps) {
  const t = useT();
  const w = t.projects.installments;
  const [locale] = useLocale();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const yuan = (fen: number) => formatYuan(fen, locale);
  const expanded = installments.filter((i) => i.payments.length > 0 && !collapsed.has(i.id)).map((i) => i.id);
  return (
    <Table<TInstallment>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={installments}
      scroll={{ x: 'max-content' }}
      rowClassName={(i) => `keyi-installment-row is-${i.status}`}
      expandable={{
        expandedRowKeys: expanded,
        rowExpandable: (i) => i.payments.length > 0,
        onExpand: (open, i) =>
          setCollapsed((prev) => {
            const next = new Set(prev);
            if (open) next.delete(i.id);
            else next.add(i.id);
            return next;
          }),
        expandedRowRender: (i) => <PaymentList payments={i.payments} canWrite={!!handlers} />,
      }}
      columns={[
        { key: 'name', title: w.name, render: (_, i) => <strong>{i.name}</strong> },
        { key: 'amountDue', title: w.amountDue, align: 'right', render: (_, i) => yuan(i.amountDue) },
        {
          key: 'due',
          title: w.due,
          render: (_, i) => <DueText installment={i} milestones={milestones} />,
        },
        {
          key: 'received',
          title: w.received,
          align: 'right',
          render: (_, i) =>
            i.receivedAmount > 0 ? (
              yuan(i.receivedAmount)
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            ),
        },
        {
          key: 'outstanding',
          title: w.outstanding,
          align: 'right',
          render: (_, i) => (i.outstandingAmount > 0 ? yuan(i.outstandingAmount) : '—'),
        },
        { key: 'status', title: w.status, render: (_, i) => <InstallmentStatusTag installment={i} /> },
        ...(handlers
          ? [
              {
                key: 'actions',
                title: t.common.actions,
                render: (_: unknown, i: TInstallment) => <InstallmentActions installment={i} {...handlers} />,
              },
            ]
          : []),
      ]}
    />
  );
}
