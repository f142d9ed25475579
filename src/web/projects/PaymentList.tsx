import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Typography } from 'antd';
import { formatYuan } from '../../domain/money';
import type { TPayment } from '../../domain/project';
import { deletePayment } from '../api/projects';
import { useLocale, useT } from '../i18n/I18nProvider';
import { useProjectWrite } from './useProjectWrite';

/** The payments received against one installment, oldest first; a mistaken one can be deleted. */
export function PaymentList({ payments, canWrite }: { payments: TPayment[]; canWrite: boolean }) {
  const t = useT();
  if (payments.length === 0) return null;
  return (
    <ul className="keyi-payments" aria-label={t.projects.payments.list}>
      {payments.map((p) => (
        <PaymentRow key={p.id} payment={p} canWrite={canWrite} />
      ))}
    </ul>
  );
}

function PaymentRow({ payment: p, canWrite }: { payment: TPayment; canWrite: boolean }) {
  const t = useT();
  const w = t.projects.payments;
  const [locale] = useLocale();
  const remove = useProjectWrite(() => deletePayment(p.id), { success: w.deleted });
  return (
    <li className="keyi-payment">
      <span className="keyi-payment-date">{p.date}</span>
      <strong>{formatYuan(p.amount, locale)}</strong>
      {p.note && (
        <Typography.Text type="secondary" ellipsis className="keyi-payment-note">
          {p.note}
        </Typography.Text>
      )}
      {canWrite && (
        <Popconfirm
          title={w.deleteConfirm}
          description={w.deleteHint}
          onConfirm={() => remove.mutate(undefined)}
        >
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            loading={remove.isPending}
            aria-label={`${t.common.delete} ${p.date} ${formatYuan(p.amount, locale)}`}
            title={t.common.delete}
          />
        </Popconfirm>
      )}
    </li>
  );
}
