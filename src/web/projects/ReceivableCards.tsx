import { Typography } from 'antd';
import { Link } from 'react-router';
import { formatYuan } from '../../domain/money';
import type { TReceivable } from '../api/projects';
import { useLocale, useT } from '../i18n/I18nProvider';

/** Receivables on a phone: one tappable card each, leading to the project where the payment is entered. */
export function ReceivableCards({ items }: { items: TReceivable[] }) {
  const [locale] = useLocale();
  return (
    <div className="keyi-receivable-cards">
      {items.map((x) => (
        <Link key={x.installment.id} to={`/projects/${x.project.id}`} className="keyi-receivable-card">
          <div className="keyi-receivable-card-top">
            <strong>{x.customer.name}</strong>
            <strong>{formatYuan(x.outstandingAmount, locale)}</strong>
          </div>
          <div className="keyi-receivable-card-sub">
            {x.project.name} · {x.installment.name}
          </div>
          <DueCell item={x} />
        </Link>
      ))}
    </div>
  );
}

/** The due date, and for an overdue one how many days, in red. */
export function DueCell({ item }: { item: TReceivable }) {
  const t = useT();
  return (
    <span className="keyi-receivable-due">
      <span>{item.effectiveDueDate ?? '—'}</span>
      {item.daysOverdue > 0 && (
        <Typography.Text type="danger" strong>
          {t.projects.installments.overdueDays(item.daysOverdue)}
        </Typography.Text>
      )}
    </span>
  );
}
