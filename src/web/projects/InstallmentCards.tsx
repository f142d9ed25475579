import { Flex } from 'antd';
import { formatYuan } from '../../domain/money';
import { useLocale, useT } from '../i18n/I18nProvider';
import { DueText, InstallmentActions, InstallmentStatusTag } from './InstallmentBits';
import type { InstallmentListProps } from './InstallmentTable';
import { PaymentList } from './PaymentList';

/** Installments on a phone: one stacked card each, its payments under it. */
export function InstallmentCards({ installments, milestones, handlers }: InstallmentListProps) {
  const t = useT();
  const w = t.projects.installments;
  const [locale] = useLocale();
  const yuan = (fen: number) => formatYuan(fen, locale);
  return (
    <div className="keyi-installment-cards">
      {installments.map((i) => (
        <div key={i.id} className={`keyi-installment-card is-${i.status}`}>
          <Flex justify="space-between" align="center" gap={8}>
            <strong>{i.name}</strong>
            <InstallmentStatusTag installment={i} />
          </Flex>
          <dl className="keyi-installment-facts">
            <dt>{w.amountDue}</dt>
            <dd>{yuan(i.amountDue)}</dd>
            <dt>{w.due}</dt>
            <dd>
              <DueText installment={i} milestones={milestones} />
            </dd>
            <dt>{w.received}</dt>
            <dd>{yuan(i.receivedAmount)}</dd>
          </dl>
          <PaymentList payments={i.payments} canWrite={!!handlers} />
          {handlers && <InstallmentActions installment={i} {...handlers} />}
        </div>
      ))}
    </div>
  );
}
