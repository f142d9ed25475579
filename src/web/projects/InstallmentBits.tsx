import { DeleteOutlined, EditOutlined, MoneyCollectOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Tag, Typography } from 'antd';
import type { TInstallment, TMilestone } from '../../domain/project';
import { deleteInstallment } from '../api/projects';
import { useSession } from '../auth/session';
import { useT } from '../i18n/I18nProvider';
import { dueParts, INSTALLMENT_STATUS_COLORS } from './projectText';
import { useProjectWrite } from './useProjectWrite';

/** What an installment's modals act on. */
export interface InstallmentHandlers {
  onReceive: (i: TInstallment) => void;
  onEdit: (i: TInstallment) => void;
}

/** "2027-03-01", or "M2 完成后 15 天" with the date it became once M2 is done. */
export function DueText({
  installment,
  milestones,
}: {
  installment: TInstallment;
  milestones: TMilestone[];
}) {
  const t = useT();
  const { workspace } = useSession();
  const { date, milestoneCode } = dueParts(installment, milestones);
  if (!milestoneCode) return <span>{date ?? '—'}</span>;
  const rule = t.projects.installments.afterMilestone(
    milestoneCode,
    workspace.settings.deals.paymentTermDays,
  );
  return (
    <span className="keyi-installment-due">
      {date && <span>{date}</span>}
      <Typography.Text type="secondary">{rule}</Typography.Text>
    </span>
  );
}

/** 待收 / 已收 / 逾期 N 天 (red). */
export function InstallmentStatusTag({ installment }: { installment: TInstallment }) {
  const t = useT();
  const { status, daysOverdue } = installment;
  return (
    <Tag color={INSTALLMENT_STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {status === 'overdue'
        ? t.projects.installments.overdueDays(daysOverdue)
        : t.projects.installmentStatuses[status]}
    </Tag>
  );
}

/** 收款 while anything is still due; edit; delete (with its payments, to the recycle bin). */
export function InstallmentActions(props: { installment: TInstallment } & InstallmentHandlers) {
  const { installment: i } = props;
  const t = useT();
  const w = t.projects.installments;
  const remove = useProjectWrite(() => deleteInstallment(i.id), { success: w.deleted });
  return (
    <Flex gap={4} wrap>
      {i.outstandingAmount > 0 && (
        <Button
          size="small"
          type="primary"
          ghost
          icon={<MoneyCollectOutlined />}
          onClick={() => props.onReceive(i)}
          aria-label={`${w.receive} · ${i.name}`}
        >
          {w.receive}
        </Button>
      )}
      <Button
        size="small"
        type="text"
        icon={<EditOutlined />}
        onClick={() => props.onEdit(i)}
        aria-label={`${t.common.edit} · ${i.name}`}
        title={t.common.edit}
      />
      <Popconfirm
        title={w.deleteConfirm(i.name)}
        description={w.deleteHint}
        onConfirm={() => remove.mutate(undefined)}
      >
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined />}
          loading={remove.isPending}
          aria-label={`${t.common.delete} · ${i.name}`}
          title={t.common.delete}
        />
      </Popconfirm>
    </Flex>
  );
}
