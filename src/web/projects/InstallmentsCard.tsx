import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty } from 'antd';
import { useState } from 'react';
import type { TInstallment, TProjectDetail } from '../../domain/project';
import { useCan } from '../auth/session';
import { useIsPhone } from '../components/useIsPhone';
import { useT } from '../i18n/I18nProvider';
import { InstallmentCards } from './InstallmentCards';
import { InstallmentModal } from './InstallmentModal';
import { InstallmentTable } from './InstallmentTable';
import { PaymentModal } from './PaymentModal';

/** 收款计划: each installment with what was received against it, a table on desktop and stacked cards on phones. */
export function InstallmentsCard({ project }: { project: TProjectDetail }) {
  const t = useT();
  const w = t.projects.installments;
  const can = useCan();
  const isPhone = useIsPhone();
  const canWrite = can('payments.write');
  const [editing, setEditing] = useState<TInstallment | 'new' | null>(null);
  const [receiving, setReceiving] = useState<TInstallment | null>(null);
  const handlers = canWrite ? { onReceive: setReceiving, onEdit: setEditing } : null;
  const list = { installments: project.installments, milestones: project.milestones, handlers };
  return (
    <Card
      size="small"
      className="keyi-project-section"
      title={w.title}
      extra={
        canWrite && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {w.add}
          </Button>
        )
      }
    >
      {project.installments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={w.empty}>
          <span className="keyi-project-muted">{w.emptyHint}</span>
        </Empty>
      ) : isPhone ? (
        <InstallmentCards {...list} />
      ) : (
        <InstallmentTable {...list} />
      )}
      {editing && (
        <InstallmentModal
          project={project}
          installment={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {receiving && <PaymentModal installment={receiving} onClose={() => setReceiving(null)} />}
    </Card>
  );
}
