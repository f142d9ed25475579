import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Result, Spin, Steps, Table } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { TDeal } from '../../domain/deal';
import { formatYuan } from '../../domain/money';
import { isApiError } from '../api/client';
import { dealsKey, deleteDeal, getDeal } from '../api/deals';
import { useCan, useSession } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { DealContracts } from '../contracts/DealContracts';
import { errorText } from '../forms/serverErrors';
import { useLocale, useT } from '../i18n/I18nProvider';
import { NewProjectButton } from '../projects/NewProjectButton';
import { ApprovalPanel } from './ApprovalPanel';
import { ApprovalRequestModal } from './ApprovalRequestModal';
import { DealFormModal } from './DealFormModal';
import { DealHistory } from './DealHistory';
import { StageTag } from './StageTag';
import { useDealMove } from './useDealMove';
import { usePipeline } from './usePipeline';
import './deals.css';

/** One deal: where it stands in the pipeline, its money and lines, its approval and its history. */
export function DealDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const query = useQuery({ queryKey: [...dealsKey, id], queryFn: () => getDeal(id) });
  if (query.isError && isApiError(query.error) && query.error.status === 404)
    return (
      <Result
        status="404"
        title={t.deals.detail.notFound}
        extra={<Link to="/deals">{t.deals.detail.back}</Link>}
      />
    );
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Spin style={{ display: 'block', padding: 48 }} />;
  return <DealDetail deal={query.data} />;
}

function DealDetail({ deal }: { deal: TDeal }) {
  const t = useT();
  const f = t.deals.fields;
  const [locale] = useLocale();
  const can = useCan();
  const { workspace } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { stages } = usePipeline();
  const { move, modals } = useDealMove();
  const [editing, setEditing] = useState(false);
  const [requesting, setRequesting] = useState(false);
  const canWrite = can('deals.write');
  const money = (fen: number | null) => (fen === null ? '—' : formatYuan(fen, locale));
  const remove = useMutation({
    mutationFn: () => deleteDeal(deal.id),
    onSuccess: () => {
      void message.success(t.deals.deleted);
      void client.invalidateQueries({ queryKey: dealsKey });
      void navigate('/deals');
    },
    onError: (error) => void message.error(errorText(error, t)),
  });

  // The open stages as steps, then where it ended: the pipeline at a glance, and a click moves the deal.
  const open = stages.filter((s) => s.kind === 'open' && !s.archived);
  const current = open.findIndex((s) => s.key === deal.stage.key);
  const closed = deal.stage.kind !== 'open';
  const approvalOn = workspace.settings.deals.approval;
  const mayRequest = canWrite && approvalOn && deal.stage.kind !== 'won' && !deal.pendingApproval;

  return (
    <div className="keyi-deal-detail-page">
      <PageHeader
        title={deal.title}
        documentTitle={`${deal.title} · ${t.deals.title}`}
        subtitle={
          <>
            {deal.number} · <Link to={`/customers/${deal.customer.id}`}>{deal.customer.name}</Link> ·{' '}
            <StageTag stage={deal.stage} />
          </>
        }
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/deals')}>
              {t.deals.detail.back}
            </Button>
            {canWrite && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t.common.edit}
              </Button>
            )}
            {deal.stage.kind === 'won' && can('projects.write') && <NewProjectButton deal={deal} />}
            {canWrite && (
              <Popconfirm
                title={t.deals.deleteConfirm}
                description={t.deals.deleteHint}
                onConfirm={() => remove.mutate()}
              >
                <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                  {t.common.delete}
                </Button>
              </Popconfirm>
            )}
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Steps
          size="small"
          current={closed ? open.length : current}
          status={deal.stage.kind === 'lost' ? 'error' : closed ? 'finish' : 'process'}
          onChange={canWrite ? (index) => open[index] && move(deal, open[index]) : undefined}
          items={[
            ...open.map((s) => ({ title: s.label, description: `${s.probability}%` })),
            {
              title: closed ? deal.stage.label : stages.find((s) => s.kind === 'won')?.label,
              disabled: true,
            },
          ]}
        />
      </Card>
      <div className="keyi-deal-detail">
        <div>
          <Card title={t.deals.detail.overview} size="small" style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2 }}
              items={[
                {
                  label: f.customer,
                  children: <Link to={`/customers/${deal.customer.id}`}>{deal.customer.name}</Link>,
                },
                { label: f.owner, children: deal.owner.name },
                { label: f.expectedAmount, children: money(deal.expectedAmount) },
                { label: f.expectedCloseDate, children: deal.expectedCloseDate ?? '—' },
                { label: f.probability, children: `${deal.stage.probability}%` },
                { label: f.afterSales, children: deal.afterSales?.name ?? deal.owner.name },
                ...(closed
                  ? [
                      { label: f.actualAmount, children: money(deal.actualAmount) },
                      { label: f.closedDate, children: deal.closedDate ?? '—' },
                    ]
                  : []),
                ...(deal.lossReason
                  ? [
                      {
                        label: f.lossReason,
                        children: [deal.lossReason.label, deal.lossNote].filter(Boolean).join('：'),
                      },
                    ]
                  : []),
                ...(deal.notes ? [{ label: f.notes, children: deal.notes, span: 2 }] : []),
              ]}
            />
          </Card>
          <Card title={f.lines} size="small" style={{ marginBottom: 16 }}>
            <Table
              size="small"
              rowKey={(_, i) => String(i)}
              pagination={false}
              locale={{ emptyText: t.deals.detail.noLines }}
              dataSource={deal.lines}
              scroll={{ x: true }}
              columns={[
                { key: 'name', title: f.lineName, dataIndex: 'name' },
                { key: 'quantity', title: f.quantity, dataIndex: 'quantity', align: 'right' },
                {
                  key: 'unitPrice',
                  title: f.unitPrice,
                  align: 'right',
                  render: (_, l) => money(l.unitPrice),
                },
                { key: 'amount', title: f.amount, align: 'right', render: (_, l) => money(l.amount) },
              ]}
            />
          </Card>
        </div>
        <Flex vertical gap={16}>
          <ApprovalPanel
            deal={deal}
            approvalOn={approvalOn}
            onRequest={mayRequest ? () => setRequesting(true) : null}
          />
          <DealContracts dealId={deal.id} customerId={deal.customer.id} />
          <DealHistory dealId={deal.id} />
        </Flex>
      </div>
      {editing && <DealFormModal deal={deal} onClose={() => setEditing(false)} />}
      {requesting && <ApprovalRequestModal deal={deal} onClose={() => setRequesting(false)} />}
      {modals}
    </div>
  );
}
